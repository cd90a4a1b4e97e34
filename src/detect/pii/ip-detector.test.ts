import { describe, expect, it } from "vitest";
import { ipScanner } from "./ip-detector.js";
import { expectCase, hitsOf, type Case } from "./test-support/hits.js";

const cases: Case[] = [
  // versions an upgrade moves between and subnet masks are no addresses; a route changed from one host to another is
  { text: "Upgrade from 1.2.3.4 to 2.10.0.1 before Friday.", value: null, min: 0.5 },
  { text: "netmask 255.255.255.0", value: null, min: 0.5 },
  { text: "mask 255.255.240.0 on eth0", value: null, min: 0.5 },
  { text: "Update the route from 10.0.0.1 to 10.0.0.2", value: "10.0.0.1", min: 0.6 },
  { text: "After the upgrade, the admin connects from 185.44.201.7 every night.", value: "185.44.201.7", min: 0.6 },
  { text: "Bumped the host to 10.1.2.3", value: "10.1.2.3", min: 0.6 },
  // section numbers, versions after a colon, OIDs and dotted phone numbers are no addresses
  { text: "See section 4.2.1.3 for the retry policy.", value: null, min: 0.5 },
  { text: "version: 3.10.12.0", value: null, min: 0.5 },
  { text: "OID 1.3.6.1.4.1.311 identifies Microsoft.", value: null, min: 0.5 },
  { text: "tel +33.1.44.55.66.77", value: null, min: 0.5 },
  { text: "the server is at 10.0.0.5.", value: "10.0.0.5", min: 0.8 },
  { text: "Redirige el tráfico para 192.168.1.20", value: "192.168.1.20", min: 0.55 },
  { text: "blocked step: 185.44.201.77", value: "185.44.201.77", min: 0.7 },
  { text: "microsoft.com 192.168.0.1", value: "192.168.0.1", min: 0.55 },
  { text: "client from 8.8.8.8 connected", value: "8.8.8.8", min: 0.9 },
  { text: "route 10.0.0.0/8.", value: "10.0.0.0/8", min: 0.55 },
  { text: "Connect to [2a01:4f8:c0c:1::1]:8080", value: "2a01:4f8:c0c:1::1", min: 0.55 },
  { text: "fe80::1%eth0 up", value: "fe80::1%eth0", min: 0.55 },
  { text: "::ffff:185.44.201.1", value: "::ffff:185.44.201.1", min: 0.55 },
  { text: "const lo = \"127.0.0.1\";", value: "127.0.0.1", min: 0.3, max: 0.45 },
  // the unspecified address stays low also under a host/ip label
  { text: "server:\n  host: 0.0.0.0\n  port: 8443", value: "0.0.0.0", min: 0.3, max: 0.45 },
  { text: "bind_address: 0.0.0.0", value: "0.0.0.0", min: 0.3, max: 0.45 },
  { text: "ip address: 185.44.201.9", value: "185.44.201.9", min: 0.9 },
  // RFC 5737 documentation ranges name no host: found, but below the threshold even under a label
  { text: "Allow 203.0.113.25 and 198.51.100.7 in the firewall", value: "203.0.113.25", min: 0.25, max: 0.35 },
  { text: "ip address: 192.0.2.10", value: "192.0.2.10", min: 0.35, max: 0.45 },
  { text: "Our docs use 2001:db8::1 as the example", value: "2001:db8::1", min: 0.55, max: 0.65 },
  { text: "host 203.0.114.5 up", value: "203.0.114.5", min: 0.7 },
  // versions: firmware labels, CJK version words, "upgrading the app to", and a sibling release on the same line
  { text: "Nach dem Update auf Firmware 4.12.0.3 startet der Router neu.", value: null, min: 0.5 },
  { text: "系统版本 2.3.0.118，构建时间 2025-03-02", value: null, min: 0.5 },
  { text: "バージョン：1.2.0.4 に更新", value: null, min: 0.5 },
  { text: "After upgrading the app to 3.14.159.26 the crash persists; 3.14.158.9 was fine.", value: null, min: 0.5 },
  { text: "Updated the gateway to 185.44.201.3 yesterday", value: "185.44.201.3", min: 0.7 },
  { text: "Upgraded the app to 3.14.159.26; the API host is 185.44.201.3", value: "185.44.201.3", min: 0.7 },
  { text: "256.256.256.256", value: null, min: 0 },
  { text: "host 10.0.0.255 up", value: "10.0.0.255", min: 0.55 },
  { text: "host 10.0.0.256 up", value: null, min: 0 },
  { text: "host 10.01.0.1 up", value: null, min: 0 },
  { text: "host 10.0.0.1_b up", value: null, min: 0 },
  { text: "Version 1.2.3.4 released", value: null, min: 0 },
  { text: "Time 12:34:56 and std::cout and MyClass::toString", value: null, min: 0 },
  { text: "text2001:db8::1 and fe80::1text", value: null, min: 0 },
  { text: "MAC address aa:bb:cc:dd:ee:ff", value: null, min: 0 },
];

describe("ipScanner", () => {
  it.each(cases)("%j", ({ text, value, min = 0.5, max = 1 }) => {
    expectCase(ipScanner, "IP_ADDRESS", { text, value, min, max });
  });
});
