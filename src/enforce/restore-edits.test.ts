import { describe, expect, it } from "vitest";
import { restoredValue } from "./restore-edits.js";

describe("restoredValue", () => {
  it("writes a value into tool-call arguments as JSON string content, once", () => {
    expect(restoredValue("tool_call_arguments", "1600 Pennsylvania Ave,\nWashington")).toBe("1600 Pennsylvania Ave,\\nWashington");
    expect(restoredValue("tool_call_arguments", 'say "hi"')).toBe('say \\"hi\\"');
    expect(restoredValue("tool_call_arguments", "C:\\Users\\x")).toBe("C:\\\\Users\\\\x");
    // tokenized out of JSON text, escapes and all: already string content
    expect(restoredValue("tool_call_arguments", "line one\\nline two")).toBe("line one\\nline two");
  });

  it("leaves text as it is, unless the text is a JSON document", () => {
    expect(restoredValue("text", "a\nb")).toBe("a\nb");
    expect(restoredValue("text", "a\nb", true)).toBe("a\\nb");
  });
});
