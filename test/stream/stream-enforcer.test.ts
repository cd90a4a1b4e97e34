import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createStreamEnforcer } from "../../src/enforce/stream/create-stream-enforcer.js";
import { WardenError } from "../../src/core/warden-error.js";
import type { SseEvent } from "../../src/forward/sse/sse-event.js";
import { FAKE_MAX, fakeRestorer, fakeScanner, redactWhole } from "./fake-scanner.js";
import { FORMATS, runStage, sequenceNumbers, type StreamFormat } from "./stream-formats.js";

const KEY = "AKIAIOSFODNN7EXAMPLE";
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const EMAIL = "jane.doe@example.com";
const TEXT = `Sure: ${KEY} then ${EMAIL}.`;
const ARGS = JSON.stringify({ key: KEY, to: EMAIL });

async function enforce(f: StreamFormat, pieces: string[], tool: boolean, batch = 1) {
  const stage = createStreamEnforcer({ endpoint: f.endpoint, scanner: fakeScanner() });
  const out = await runStage(stage, f.build(pieces, tool), batch);
  return { ...out, text: f.text(out.events, tool), snapshots: f.snapshots(out.events, tool) };
}

/** Every way to cut `s` into 2 pieces, and into 3 pieces around the values (all cut pairs inside them). */
function splits(s: string, around: string[]): string[][] {
  const out: string[][] = [];
  for (let i = 1; i < s.length; i++) out.push([s.slice(0, i), s.slice(i)]);
  for (const v of around) {
    const at = s.indexOf(v);
    for (let i = at; i <= at + v.length; i++) for (let j = i + 1; j <= at + v.length + 1; j++) out.push([s.slice(0, i), s.slice(i, j), s.slice(j)]);
  }
  return out;
}

describe.each(FORMATS)("stream enforcement: $name", (f) => {
  const cases = f.name === "openai.completions" ? [false] : [false, true];
  it.each(cases)("a value split at every boundary never reaches the client (tool=%s)", async (tool) => {
    const whole = tool ? ARGS : TEXT;
    const expected = redactWhole(whole);
    expect(expected).not.toContain(KEY);
    for (const pieces of splits(whole, [KEY, EMAIL])) {
      const r = await enforce(f, pieces, tool);
      expect(r.wire).not.toContain(KEY);
      expect(r.wire).not.toContain(EMAIL);
      expect(r.text).toBe(expected);
      for (const s of r.snapshots) expect(s).toBe(expected);
      if (f.name === "openai.responses") expect(sequenceNumbers(r.events)).toEqual(r.events.map((_, i) => i));
    }
  });

  it("relays a stream with no matches unchanged, byte for byte per event", async () => {
    const pieces = ["Hello", " there", ", nothing ", "to see."];
    const stage = createStreamEnforcer({ endpoint: f.endpoint, scanner: fakeScanner(), holdBack: 0 });
    const events = f.build(pieces, false);
    const { events: out } = await runStage(stage, events);
    expect(out.map((e) => e.data)).toEqual(f.build(pieces, false).map((e) => e.data));
  });

  it("releases text with at most `window` units of delay", async () => {
    const text = "The quick brown fox jumps over the lazy dog. ".repeat(6);
    const window = 32;
    const stage = createStreamEnforcer({ endpoint: f.endpoint, scanner: fakeScanner(), holdBack: window });
    const events = f.build([...text], false);
    const { StageChain } = await import("../../src/forward/sse/event-stage.js");
    const chain = new StageChain([stage]);
    let sent = "";
    let received = 0;
    for (const e of events) {
      const isDelta = f.endpoint.streamDeltas(e).some((d) => !d.snapshot);
      const out = await chain.push([e]);
      if (isDelta) received++;
      const { parseWire } = await import("./stream-formats.js");
      const { serializeSse } = await import("../../src/forward/sse/sse-serialize.js");
      sent += f.text(parseWire(out.map(serializeSse).join("")), false);
      if (isDelta) expect(received - sent.length).toBeLessThanOrEqual(window);
    }
    expect(sent).toBe(text);
  });

  it("blocks mid-stream with WARDEN_POLICY_RESPONSE_BLOCKED and drops the rest", async () => {
    const pieces = ["Safe start. ".repeat(10), "now FORB", "IDDEN stuff", " and more"];
    const stage = createStreamEnforcer({ endpoint: f.endpoint, scanner: fakeScanner({ block: "FORBIDDEN" }), holdBack: 16 });
    const err = await runStage(stage, f.build(pieces, false)).catch((e: unknown) => e);
    expect(WardenError.isInstance(err)).toBe(true);
    expect((err as WardenError).code).toBe("WARDEN_POLICY_RESPONSE_BLOCKED");
    expect((err as WardenError).message).not.toContain("FORBIDDEN");
  });

  it("restores vault tokens split at every boundary", async () => {
    const token = "[PERSON_0a1b2c3d]";
    const text = `Dear ${token}, your key ${KEY} is revoked. [EMAIL_ffffffff] stays.`;
    const restore = fakeRestorer({ [token]: "Jane Doe" });
    const expected = redactWhole(text).replace(token, "Jane Doe");
    for (const pieces of splits(text, [token])) {
      const stage = createStreamEnforcer({ endpoint: f.endpoint, scanner: fakeScanner(), restore });
      const out = await runStage(stage, f.build(pieces, false));
      expect(out.wire).not.toContain(KEY);
      expect(out.wire).not.toContain("PERSON_0a1b");
      expect(f.text(out.events, false)).toBe(expected);
    }
  });

  it("property: output == scanner over the whole text, for random text, splits, batches and windows", async () => {
    const upperDigits = fc.constantFrom(..."ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".split(""));
    const awsKey = fc.array(upperDigits, { minLength: 14, maxLength: 18 }).map((a) => `AKIA${a.join("")}`);
    const word = fc.array(fc.constantFrom(..."abcxyz019._-+".split("")), { minLength: 1, maxLength: 24 }).map((a) => a.join(""));
    const email = fc.tuple(word, fc.constantFrom("example", "x", "mail-host"), fc.constantFrom("com", "io", "co")).map(([u, d, t]) => `${u}@${d}.${t}`);
    const filler = fc.array(fc.constantFrom(..." aAKI@.\n😀é,:;\"{}".split(""), "😀", "AKIA", "@x"), { maxLength: 10 }).map((a) => a.join(""));
    const text = fc.array(fc.oneof(awsKey, email, filler, word), { minLength: 1, maxLength: 14 }).map((a) => a.join(""));
    const splitText = text.chain((t) =>
      fc.uniqueArray(fc.integer({ min: 1, max: Math.max(1, t.length - 1) }), { maxLength: Math.min(40, t.length) }).map((cuts) => {
        const at = [0, ...cuts.filter((c) => c < t.length).sort((a, b) => a - b), t.length];
        return at.slice(1).map((c, i) => t.slice(at[i], c));
      }),
    );
    await fc.assert(
      fc.asyncProperty(splitText, fc.boolean(), fc.integer({ min: 1, max: 4 }), fc.integer({ min: FAKE_MAX, max: 2 * FAKE_MAX }), fc.boolean(), async (pieces, tool, batch, holdBack, early) => {
        if (f.name === "openai.completions") tool = false;
        const whole = pieces.join("");
        const stage = createStreamEnforcer({ endpoint: f.endpoint, scanner: fakeScanner({ early }), holdBack });
        const out = await runStage(stage, f.build(pieces, tool), batch);
        const got = f.text(out.events, tool);
        expect(got).toBe(redactWhole(whole));
        for (const s of f.snapshots(out.events, tool)) expect(s).toBe(got);
      }),
      { numRuns: Number(process.env["STREAM_PROPERTY_RUNS"] ?? 200) },
    );
  });
});

describe("stream enforcement: in-band errors and surrogates", () => {
  it("emits the errorEvent and terminates when configured", async () => {
    const f = FORMATS[0] as StreamFormat;
    const stage = createStreamEnforcer({
      endpoint: f.endpoint,
      scanner: fakeScanner({ block: "FORBIDDEN" }),
      holdBack: 4,
      errorEvent: (e) => ({ data: JSON.stringify({ error: { code: e.code } }) }),
    });
    const out = await runStage(stage, f.build(["hello there ", "FORBIDDEN", " after", " more"], false));
    const last = out.events[out.events.length - 1];
    expect(f.isError(last ?? { data: "" }, "WARDEN_POLICY_RESPONSE_BLOCKED")).toBe(true);
    expect(out.wire).not.toContain("FORBIDDEN");
    expect(out.wire).not.toContain("after");
  });

  it("never cuts a surrogate pair between events", async () => {
    const f = FORMATS[0] as StreamFormat;
    const text = "😀".repeat(40);
    for (const holdBack of [0, 1, 2, 3, 5]) {
      const stage = createStreamEnforcer({ endpoint: f.endpoint, scanner: fakeScanner(), holdBack });
      // Upstream pieces split pairs (as a JSON \ud83d escape may); released pieces must not.
      const pieces = [...text.split("")].reduce<string[]>((a, c, i) => (i % 3 === 0 ? [...a, c] : [...a.slice(0, -1), a[a.length - 1] + c]), []);
      const out = await runStage(stage, f.build(pieces, false));
      for (const e of out.events) {
        const c: string | undefined = e.json?.choices?.[0]?.delta?.content;
        if (c) expect(c).not.toMatch(LONE_SURROGATE);
      }
      expect(f.text(out.events, false)).toBe(text);
    }
  });
});

describe.each(FORMATS.filter((f) => f.name !== "openai.completions"))("tool names and call ids the model wrote: $name", (f) => {
  /** The tool call's id in this format's stream (`call_1`, `toolu_1`). */
  const id = f.name === "anthropic.messages" ? "toolu_1" : "call_1";
  const swap = (events: SseEvent[], from: string, to: string): SseEvent[] =>
    events.map((e) => ({ ...e, data: e.data.replaceAll(from, to), ...(e.json === undefined ? {} : { json: JSON.parse(JSON.stringify(e.json).replaceAll(from, to)) as unknown }) }) as SseEvent);
  const run = (events: SseEvent[], restore?: ReturnType<typeof fakeRestorer>) =>
    runStage(createStreamEnforcer({ endpoint: f.endpoint, scanner: fakeScanner(), ...(restore ? { restore } : {}), errorEvent: (e) => ({ data: JSON.stringify({ error: { code: e.code } }), json: { error: { code: e.code } } }) }), events);

  // Identifiers cannot be rewritten: an edit the scanner would make there stops the stream (streamIdentifiers).
  it.each([
    ["a tool name", '"lookup"', `"lookup_${KEY}"`],
    ["a call id", `"${id}"`, `"${EMAIL}"`],
  ])("%s the scanner would redact stops the stream before it is sent", async (_name, from, to) => {
    const { wire, events } = await run(swap(f.build(['{"q":', "1}"], true), from, to));
    expect(wire).not.toContain(KEY);
    expect(wire).not.toContain(EMAIL);
    expect(events.at(-1)?.json).toEqual({ error: { code: "WARDEN_POLICY_RESPONSE_BLOCKED" } });
  });

  it("clean names and ids pass unchanged; a token in a name is not restored (an identifier is never rewritten)", async () => {
    const token = "[PERSON_0a1b2c3d]";
    const events = swap(f.build(['{"q":', "1}"], true), '"lookup"', `"lookup${token}"`);
    const { wire } = await run(events, fakeRestorer({ [token]: "Jane Doe" }));
    expect(wire).toContain(`lookup${token}`);
    expect(wire).toContain(`"${id}"`);
    expect(wire).not.toContain("Jane Doe");
  });
});
