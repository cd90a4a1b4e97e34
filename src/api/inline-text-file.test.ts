import { describe, expect, it } from "vitest";
import { WardenError } from "../core/warden-error.js";
import { encodeInlineText, fieldName, isTextMediaType, textBase64, textDataUrl } from "./inline-text-file.js";

const b64 = (s: string) => Buffer.from(s, "utf8").toString("base64");

describe("inline text files", () => {
  it.each([
    ["text/plain", true],
    ["text/csv; charset=utf-8", true],
    ["application/json", true],
    ["application/vnd.api+json", true],
    ["application/pdf", false],
    ["image/png", false],
    ["", false],
  ])("%s is text: %s", (type, text) => {
    expect(isTextMediaType(type)).toBe(text);
  });

  it("a text data URL is decoded, and its header kept to encode the enforced text back", () => {
    const file = textDataUrl(`data:text/plain;charset=utf-8;base64,${b64("héllo wörld")}`, "f");
    expect(file).toEqual({ text: "héllo wörld", prefix: "data:text/plain;charset=utf-8;base64," });
    expect(encodeInlineText("[x]", file?.prefix ?? "")).toBe(`data:text/plain;charset=utf-8;base64,${b64("[x]")}`);
  });

  it("binary media and plain strings are not text files", () => {
    expect(textDataUrl(`data:application/pdf;base64,${b64("%PDF")}`, "f")).toBeUndefined();
    expect(textDataUrl("https://example.com/a.txt", "f")).toBeUndefined();
    expect(textBase64(b64("x"), "image/png", "f")).toBeUndefined();
    expect(textBase64(b64("note"), "text/markdown", "f")).toEqual({ text: "note", prefix: "" });
  });

  it("a text claim that is not base64 UTF-8 is refused with WARDEN_REQUEST_INVALID naming the field", () => {
    const bad = [() => textBase64(Buffer.from([0xff, 0xfe, 0x41]).toString("base64"), "text/plain", "messages[0].content[0].source.data"), () => textDataUrl("data:text/plain;base64,not*base64", "x")];
    for (const f of bad) {
      let err: unknown;
      try {
        f();
      } catch (e) {
        err = e;
      }
      expect(WardenError.isInstance(err) && err.code).toBe("WARDEN_REQUEST_INVALID");
    }
    expect(fieldName(["messages", 0, "content", 1, "file", "file_data"])).toBe("messages[0].content[1].file.file_data");
  });
});
