import { describe, it } from "vitest";
import { expectNegative, expectPositive, type PositiveCase } from "./test-helpers.js";

const positives: PositiveCase[] = [
  ['TwilioClient.Init("AC5c3349e3f615c94e564a61a7f887d27f", "6f3822686ac5fa8e9fa24adf73ca551e");', "twilio-auth-token-sdk", "6f3822686ac5fa8e9fa24adf73ca551e", 0.9],
  ['new BraintreeGateway(Environment.SANDBOX, "n8k2v7q4m1x9z3w6", "p4t7r2y9w3q8e1u6", "a1b2c3d4e5f60718293a4b5c6d7e8f90")', "braintree-private-key", "a1b2c3d4e5f60718293a4b5c6d7e8f90", 0.9],
  ['client = Postmark::ApiClient.new("02ce64ab-afda-4c10-bcf8-b12e55b512d3")', "postmark-server-token-sdk", "02ce64ab-afda-4c10-bcf8-b12e55b512d3", 0.85],
];

describe("SDK client constructor rules", () => {
  it.each(positives)("%s → %s", (...c) => expectPositive(c));
  it.each([
    'new ApiClient("02ce64ab-afda-4c10-bcf8-b12e55b512d3")',
    'new Client("9G58L0N3H5", "134ca665b438e359a7c21c7b0ef2d5cd")',
    'new RestClient("https://api.acme.io", "6f3822686ac5fa8e9fa24adf73ca551e")',
    'algoliasearch("9G58L0N3H5", "134ca665b438e359a7c21c7b0ef2d5cd") // search-only key for the widget',
    'new ServerClient("localhost", 8080)',
  ])("negative %s", (t) => expectNegative(t));
});
