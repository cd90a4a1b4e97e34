import { randomBytes } from "node:crypto";
import type { TransformStreamDefaultController } from "node:stream/web";
import { describe, expect, it } from "vitest";
import { openaiChatEndpoint } from "../api/openai-chat/openai-chat-endpoint.js";
import type { EventStage } from "../forward/sse/event-stage.js";
import type { SseEvent } from "../forward/sse/sse-event.js";
import { StreamNumbering } from "./stream-numbering.js";
import { type StoredMapping, TokenVault } from "./token-vault.js";
import { SharedVault } from "./vault/shared-vault.js";
import type { VaultStore } from "./vault/vault-store.js";

/** A store in memory: first writer wins per token, as the real ones. */
function memoryStore(fail = false): VaultStore {
  const rows = new Map<string, Map<string, StoredMapping>>();
  const conv = (id: string) => rows.get(id) ?? rows.set(id, new Map()).get(id)!;
  return {
    kind: "memory",
    async load(id) {
      if (fail) throw new Error("store down");
      return [...conv(id).values()];
    },
    async save(id, mappings) {
      if (fail) throw new Error("store down");
      const taken: string[] = [];
      for (const m of mappings) {
        const have = conv(id).get(m.token);
        if (have && !have.blob.equals(m.blob)) taken.push(m.token);
        else if (!have) conv(id).set(m.token, m);
      }
      return taken;
    },
    record: async (_n, c) => c,
    replaceRecord: async () => true,
    entries: async function* () {},
    replaceBlob: async () => true,
    purge: async () => 0,
    dataKey: async (_t, _p, c) => c,
    findDataKeys: async () => new Map(),
    keepDataKeys: async () => undefined,
    dataKeyRecords: async function* () {},
    replaceDataKey: async () => true,
    retireDataKeys: async () => [],
    eraseTenant: async () => ({ keys: 0, mappings: 0 }),
    close: async () => undefined,
  };
}

const chunk = (content: string): SseEvent => {
  const json = { id: "c", object: "chat.completion.chunk", created: 1, model: "m", choices: [{ index: 0, delta: { content }, finish_reason: null }] };
  return { data: JSON.stringify(json), json };
};
const contentOf = (e: SseEvent | undefined) => (e?.json as { choices: { delta: { content: string } }[] }).choices[0]?.delta.content;

/** A stage that numbers `value` (as a response rule would) and writes the label into each event it passes on. */
function numberingStage(vault: TokenVault, conversation: string, value: string): EventStage {
  return {
    transform(event, ctl) {
      const n = vault.numberFor(conversation, "EMAIL_ADDRESS", value);
      (event.json as { choices: { delta: { content: string } }[] }).choices[0]!.delta.content = `to [EMAIL_ADDRESS_${n}]`;
      ctl.enqueue(event);
    },
  };
}

function collector(): { out: SseEvent[]; ctl: TransformStreamDefaultController<SseEvent> } {
  const out: SseEvent[] = [];
  return { out, ctl: { desiredSize: 1, enqueue: (e?: SseEvent) => void (e && out.push(e)), error: () => undefined, terminate: () => undefined } };
}

describe("StreamNumbering", () => {
  const macKey = randomBytes(32);
  const replica = (store: VaultStore) => {
    const vault = new TokenVault({ ttlMs: 60_000, macKey, writeThrough: true });
    return { vault, shared: new SharedVault(vault, store, () => 60_000) };
  };

  it("a number another replica took meanwhile is renumbered before the event leaves", async () => {
    const store = memoryStore();
    const a = replica(store);
    const b = replica(store);
    // Replica B numbered another value first and wrote it.
    expect(b.vault.numberFor("conv", "EMAIL_ADDRESS", "b@example.com")).toBe(1);
    await b.shared.flush("conv");
    const numbering = new StreamNumbering({ vault: a.vault, shared: a.shared, endpoint: openaiChatEndpoint, conversation: "conv", failClosed: true, policyVersion: "v" });
    const { out, ctl } = collector();
    await numbering.step(numberingStage(a.vault, "conv", "a@example.com"), chunk("x"), ctl);
    expect(contentOf(out[0])).toBe("to [EMAIL_ADDRESS_2]");
    // The value keeps its new number; B, loading the store, agrees.
    expect(a.vault.numberFor("conv", "EMAIL_ADDRESS", "a@example.com")).toBe(2);
    await b.shared.load("conv");
    expect(b.vault.numberFor("conv", "EMAIL_ADDRESS", "a@example.com")).toBe(2);
  });

  it("an event that gives no new number is relayed at once (synchronously)", () => {
    const a = replica(memoryStore());
    a.vault.numberFor("conv", "EMAIL_ADDRESS", "a@example.com");
    const numbering = new StreamNumbering({ vault: a.vault, shared: a.shared, endpoint: openaiChatEndpoint, conversation: "conv", failClosed: true, policyVersion: "v" });
    const { out, ctl } = collector();
    expect(numbering.step(numberingStage(a.vault, "conv", "a@example.com"), chunk("x"), ctl)).toBeUndefined();
    expect(out).toHaveLength(1);
  });

  it("a store that fails: refused when fail-closed, released as numbered here when fail-open", async () => {
    for (const failClosed of [true, false]) {
      const a = replica(memoryStore(true));
      const numbering = new StreamNumbering({ vault: a.vault, shared: a.shared, endpoint: openaiChatEndpoint, conversation: "conv", failClosed, policyVersion: "v" });
      const { out, ctl } = collector();
      const step = numbering.step(numberingStage(a.vault, "conv", "a@example.com"), chunk("x"), ctl);
      if (failClosed) {
        await expect(step).rejects.toMatchObject({ code: "WARDEN_VAULT_UNAVAILABLE" });
        expect(out).toHaveLength(0);
      } else {
        await step;
        expect(contentOf(out[0])).toBe("to [EMAIL_ADDRESS_1]");
      }
    }
  });
});
