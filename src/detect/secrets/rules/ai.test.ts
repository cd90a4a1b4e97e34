import { describe, it } from "vitest";
import { expectNegative, expectPositive, type PositiveCase } from "./test-helpers.js";

const ant = "sk-ant-api03-z0zjHHXo5uibD2havvfqiZYJe9ENlwI1trcQC4pyRC2N2w6nbpUitUU_iR4kkSszVyUpINaxvCtun3_Mub0O3w-48GXRgAA";
const positives: PositiveCase[] = [
  ["OPENAI_API_KEY=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", "openai-api-key", "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", 0.97],
  [`client = Anthropic(api_key="${ant}")`, "anthropic-api-key", ant, 0.97],
  ["huggingface-cli login --token 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", "huggingface-access-token", "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", 0.9],
  ["GROQ_API_KEY=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", "groq-api-key", "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", 0.95],
  ["r8_Ab3dE6gH9jK2mN5pQ8sT1vXq7Lm2Np9Rt4Vw6", "replicate-api-token", "r8_Ab3dE6gH9jK2mN5pQ8sT1vXq7Lm2Np9Rt4Vw6", 0.93],
];

describe("AI provider rules", () => {
  it.each(positives)("%s → %s", (...c) => expectPositive(c));
  it.each([
    "sk-proj-Xi8tdMjHV6pmbBbwilTeT4BlbkFJ3UDnpdEwNNm6wVBpYM0o",
    "ssk-ant-api04-NotARealKeyButLooksLikeOne",
    "hf_FakeFakeFake1FakeFakeFakeFakeFakeFa",
    "PERPLEXITY_API_KEY=pplx-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
    'export const EXAMPLE_MODEL = "claude-3-opus-20240229";',
  ])("negative %s", (t) => expectNegative(t));
});
