import { describe, expect, it } from "vitest";
import { buildLineBreakView } from "./line-break-view.js";

describe("buildLineBreakView", () => {
  it("drops a line break in an e-mail domain or next to its '@', mapping the address back whole", () => {
    const text = "mail jane.doe@exam\nple.com now";
    const v = buildLineBreakView(text);
    expect(v?.text).toContain("jane.doe@example.com");
    const at = v?.text.indexOf("jane.doe") ?? -1;
    expect(v?.toOriginal(at, at + "jane.doe@example.com".length)).toEqual({ start: 5, end: 26 });
    expect(buildLineBreakView("a jane.doe\n@example.com")?.text).toContain("jane.doe@example.com");
  });
  it("joins a card number wrapped over two lines with its group separator", () => {
    expect(buildLineBreakView("card 4111 1111\n1111 1111 ok")?.text).toContain("4111 1111 1111 1111");
    expect(buildLineBreakView("card 4111-1111-\n1111-1111 ok")?.text).toContain("4111-1111-1111-1111");
  });
  it("leaves complete addresses, short numbers and ordinary lines alone", () => {
    expect(buildLineBreakView("jane@example.com\nbob@example.org")).toBeUndefined();
    expect(buildLineBreakView("Order 1234 5678\n9012 shipped")).toBeUndefined();
    expect(buildLineBreakView("see you at\nexample.com")).toBeUndefined();
  });
});
