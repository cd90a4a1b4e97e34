import { describe, it } from "vitest";
import { expectNegative, expectPositive, type PositiveCase } from "./test-helpers.js";

const positives: PositiveCase[] = [
  ['db_password = "Vx9#qL2!mZ7rT4"', "generic-password-assignment", "Vx9#qL2!mZ7rT4", 0.87],
  ["DB_PASSWORD=Vx9qL2mZ7rT4kP", "generic-secret-config", "Vx9qL2mZ7rT4kP", 0.8],
  ["  client_secret: 8f3Kq2Lz9Xv1Rt7Wm4Np\n", "generic-secret-config", "8f3Kq2Lz9Xv1Rt7Wm4Np", 0.8],
  ['curl -H "Authorization: Bearer cfcabd11c7ed9a41b1a3e063c32d5114" https://api', "http-auth-header", "cfcabd11c7ed9a41b1a3e063c32d5114", 0.85],
  ["here is my api key for the staging box: q8Zk3Vd0Hn6Rw2Yt9Lm4Pc7Bx1Fs5Gj", "high-entropy-near-keyword", "q8Zk3Vd0Hn6Rw2Yt9Lm4Pc7Bx1Fs5Gj", 0.776],
];

describe("generic rules", () => {
  it.each(positives)("%s → %s", (...c) => expectPositive(c));
  it.each([
    'password = "changeme"',
    "API_KEY=your-api-key-here",
    "password: ${DB_PASSWORD}",
    "const token = process.env.GITHUB_TOKEN;",
    'token = "<token>"',
    'password: "********"',
    "the tokenizer splits text into tokens of at most 512 entries",
    '"credentialsId": "29f63271-dc2f-4734-8221-5b31b5169bac"',
    'public_key = "9Cnzj4p4WGeKLs1Pt8QuKUpRKfFLfRYC9AIKjbJTWit"',
    "csrf-token=Mj2qykJO5rELyHgezQ69nzUX0i3OH67V7+V4eUrLfpuyOuxmiW9rhROG/Whikle15syazJOkrjJa3U2AbhIvUw==",
    "if (token == expected_token) return;",
    'TokenFile="RTL_INST_CODE.cer"',
  ])("negative %s", (t) => expectNegative(t));
});
