import { describe, expect, it } from "vitest";
import { macScanner } from "./mac-detector.js";
import { expectCase, hitsOf, type Case } from "./test-support/hits.js";

const cases: Case[] = [
  { text: "My MAC address is 00:1A:2B:3C:4D:5E", value: "00:1A:2B:3C:4D:5E", min: 0.9 },
  { text: "eth0 ether 0a-23-f5-67-89-ac up", value: "0a-23-f5-67-89-ac", min: 0.9 },
  { text: "device 0a:23:f5:67:89:ac", value: "0a:23:f5:67:89:ac", min: 0.6 },
  { text: "Cisco MAC: 0012.3456.789A", value: "0012.3456.789A", min: 0.9 },
  { text: "Broadcast: FF:FF:FF:FF:FF:FF", value: null, min: 0 },
  { text: "Not a MAC: 00:1A:2B:3C:4D", value: null, min: 0 },
  { text: "Mixed 10:2F:33-AC-29-C3", value: null, min: 0 },
  { text: "ipv6 fe80:0:0:0:0:0:0:1", value: null, min: 0 },
];

describe("macScanner", () => {
  it.each(cases)("%j", ({ text, value, min = 0.5, max = 1 }) => {
    expectCase(macScanner, "MAC_ADDRESS", { text, value, min, max });
  });
});
