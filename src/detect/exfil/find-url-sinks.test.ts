import { describe, expect, it } from "vitest";
import { findUrlSinks, sinkPendingFrom } from "./find-url-sinks.js";

describe("findUrlSinks", () => {
  it("tells auto-loading sinks from links", () => {
    const text = 'a ![i](https://h.example/1) [l](https://h.example/2) <img src="https://h.example/3"> <a href="https://h.example/4">x</a> https://h.example/5';
    expect(findUrlSinks(text).map((s) => [s.kind, s.autoLoad, s.url])).toEqual([
      ["markdown-image", true, "https://h.example/1"],
      ["markdown-link", false, "https://h.example/2"],
      ["html-tag", true, "https://h.example/3"],
      ["html-tag", false, "https://h.example/4"],
      ["bare-url", false, "https://h.example/5"],
    ]);
  });

  it("srcset, poster and meta refresh", () => {
    const urls = findUrlSinks('<img srcset="https://a.example/1x.png 1x, https://a.example/2x.png 2x"><video poster="https://b.example/p.jpg"></video><meta http-equiv="refresh" content="0; url=https://c.example/r">').map((s) => [s.url, s.autoLoad]);
    expect(urls).toEqual([
      ["https://a.example/1x.png", true],
      ["https://a.example/2x.png", true],
      ["https://b.example/p.jpg", true],
      ["https://c.example/r", true],
    ]);
  });

  it("a reference used by an image auto-loads, one used by a link does not", () => {
    const s = findUrlSinks("![a][img] and [b][lnk]\n\n[img]: https://x.example/i\n[lnk]: https://x.example/l");
    expect(s.map((x) => [x.url, x.autoLoad])).toEqual([
      ["https://x.example/i", true],
      ["https://x.example/l", false],
    ]);
  });
});

describe("SVG references that load on render", () => {
  it.each([
    ['<svg><image href="https://e.example/a.png"/></svg>', true],
    ['<svg><image xlink:href="https://e.example/a.png"/></svg>', true],
    ['<svg><use href="https://e.example/s.svg#i"/></svg>', true],
    ['<svg><filter><feImage href="https://e.example/f.png"/></filter></svg>', true],
    ['<svg><a href="https://e.example/l">x</a></svg>', false],
  ])("%s", (text, autoLoad) => {
    const sinks = findUrlSinks(text);
    expect(sinks.map((s) => s.autoLoad)).toEqual([autoLoad]);
  });
});

describe("sinkPendingFrom (streaming)", () => {
  it.each([
    { text: "see ![logo](https://evil.exa", held: "![logo](https://evil.exa" },
    { text: "see ![lo", held: "![lo" },
    { text: "see [docs]", held: "[docs]" },
    { text: 'see <img src="https://e', held: '<img src="https://e' },
    { text: "see <im", held: "<im" },
    { text: "x { background: url(https://e", held: "url(https://e" },
    { text: "done: ![x](https://e.example/p.png) and more", held: "" },
    { text: "a <b is less", held: "" },
    { text: "plain text", held: "" },
  ])("$text", ({ text, held }) => {
    expect(text.slice(sinkPendingFrom(text))).toBe(held);
  });
});
