import { describe, it } from "vitest";
import { expectNegative, expectPositive, type PositiveCase } from "./test-helpers.js";

const ant = "sk-ant-api03-z0zjHHXo5uibD2havvfqiZYJe9ENlwI1trcQC4pyRC2N2w6nbpUitUU_iR4kkSszVyUpINaxvCtun3_Mub0O3w-48GXRgAA";
const positives: PositiveCase[] = [
  ["OPENAI_API_KEY=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", "openai-api-key", "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", 0.97],
  [`client = Anthropic(api_key="${ant}")`, "anthropic-api-key", ant, 0.97],
  ["huggingface-cli login --token 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", "huggingface-access-token", "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", 0.9],
  ["GROQ_API_KEY=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", "groq-api-key", "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", 0.95],
  ["r8_Ab3dE6gH9jK2mN5pQ8sT1vXq7Lm2Np9Rt4Vw6", "replicate-api-token", "r8_Ab3dE6gH9jK2mN5pQ8sT1vXq7Lm2Np9Rt4Vw6", 0.93],
  // Without the T3BlbkFJ marker (here a near-miss T4...) a random-looking project key is still a credential, lower.
  ["sk-proj-Xi8tdMjHV6pmbBbwilTeT4BlbkFJ3UDnpdEwNNm6wVBpYM0o", "openai-project-key", "sk-proj-Xi8tdMjHV6pmbBbwilTeT4BlbkFJ3UDnpdEwNNm6wVBpYM0o", 0.7],
  ["my key is sk-proj-Qm3vX8kL2pR9tY4wZ7nB1cF6hJ0sD5gA3eK9uI2oP8qW4rT7", "openai-project-key", "sk-proj-Qm3vX8kL2pR9tY4wZ7nB1cF6hJ0sD5gA3eK9uI2oP8qW4rT7", 0.7],
  ["use sk-wYTqMub6Iwu70bgLbs5tr4rfmv6sKh2v for the API", "sk-api-key", "sk-wYTqMub6Iwu70bgLbs5tr4rfmv6sKh2v", 0.7],
  ["hf_Z2XNt1cR7ExRFQXuBfl16RXCRPKRNwXh0p", "huggingface-access-token", "hf_Z2XNt1cR7ExRFQXuBfl16RXCRPKRNwXh0p", 0.9],
  // The Anthropic rule wants the published length; a shorter key in an assignment is still caught, generically.
  ["ANTHROPIC_API_KEY=sk-ant-api03-8ZXDW7nULk2mQ9pR4tY7wZ3nB6cF1hJ5sD0gA2eK", "generic-secret-config", "sk-ant-api03-8ZXDW7nULk2mQ9pR4tY7wZ3nB6cF1hJ5sD0gA2eK", 0.8],
];

describe("AI provider rules", () => {
  it.each(positives)("%s → %s", (...c) => expectPositive(c));
  it.each([
    "ssk-ant-api04-NotARealKeyButLooksLikeOne",
    "hf_FakeFakeFake1FakeFakeFakeFakeFakeFa",
    "PERPLEXITY_API_KEY=pplx-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
    'export const EXAMPLE_MODEL = "claude-3-opus-20240229";',
    "sk-abcdefghijklmnopqrstuvwxyzabcdefgh",
    "the task-wYTqMub6Iwu70bgLbs5tr4rfmv6sKh2v id",
    "ANTHROPIC_API_KEY=sk-ant-api03-abc",
  ])("negative %s", (t) => expectNegative(t));
});
