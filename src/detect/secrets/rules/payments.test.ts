import { describe, it } from "vitest";
import { expectNegative, expectPositive, type PositiveCase } from "./test-helpers.js";

const positives: PositiveCase[] = [
  ["stripe.api_key = 'sk_live_51H8kQ2Lz9Xv1Rt7Wm4Np6Yb3Cd5Fg8Hj0Kl2'", "stripe-secret-key", "sk_live_51H8kQ2Lz9Xv1Rt7Wm4Np6Yb3Cd5Fg8Hj0Kl2", 0.95],
  ["rk_live_5TcWfjKmJgpql9hjpRnwRXbT", "stripe-restricted-key", "rk_live_5TcWfjKmJgpql9hjpRnwRXbT", 0.95],
  ["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", "shopify-access-token", "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", 0.95],
  ["square: sq0atp-812erere3wewew45678901", "square-access-token", "sq0atp-812erere3wewew45678901", 0.85],
];

describe("payment rules", () => {
  it.each(positives)("%s → %s", (...c) => expectPositive(c));
  it.each([
    "pk_live_j5krY8XTgIcDaHDb3YrsAfCl", // publishable: reported below the policy threshold
    "sk_live_short",
    "xsk_live_AAAAAAAAAAAAAAAAAAAAAAAA",
    "SKILLS_inventory and RKLIST_value",
  ])("negative %s", (t) => expectNegative(t, t.startsWith("pk_") ? "stripe-secret-key" : undefined));
});
