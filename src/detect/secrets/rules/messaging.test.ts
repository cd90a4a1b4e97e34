import { describe, it } from "vitest";
import { expectNegative, expectPositive, type PositiveCase } from "./test-helpers.js";

const positives: PositiveCase[] = [
  // chat-bot webhooks of the Chinese office suites, and a Discord bot token passed to the call that logs in
  ["LARK_HOOK=https://open.larksuite.com/open-apis/bot/v2/hook/9209dcb4-68e0-47e0-932f-d0db161b56bb", "feishu-webhook-url", "https://open.larksuite.com/open-apis/bot/v2/hook/9209dcb4-68e0-47e0-932f-d0db161b56bb", 0.92],
  ["钉钉: https://oapi.dingtalk.com/robot/send?access_token=9a2f5fe555a6323d188a3b99e68433f7a43c5e11dc057071e2b0cf6128e6e962", "dingtalk-webhook-url", "https://oapi.dingtalk.com/robot/send?access_token=9a2f5fe555a6323d188a3b99e68433f7a43c5e11dc057071e2b0cf6128e6e962", 0.92],
  ["url = 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=9209dcb4-68e0-47e0-932f-d0db161b56bb'", "wecom-webhook-url", "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=9209dcb4-68e0-47e0-932f-d0db161b56bb", 0.92],
  ["bot.run('NjEGjhpKsij0PQGaK5AcwVq5a0.K5nsza.Es915ovPiSbaTx3jnjD0SGBoIV9ju1bPK8qFVj')", "discord-bot-token", "NjEGjhpKsij0PQGaK5AcwVq5a0.K5nsza.Es915ovPiSbaTx3jnjD0SGBoIV9ju1bPK8qFVj", 0.88],
  ['"bot_token": "xoxb-781236542736-2364535789652-GkwFDQoHqzXDVsC6GzqYUypD"', "slack-bot-token", "xoxb-781236542736-2364535789652-GkwFDQoHqzXDVsC6GzqYUypD", 0.93],
  ["xoxp-41684372915-1320496754-45609968301-e708ba56e1517a99f6b5fb07349476ef", "slack-user-token", "xoxp-41684372915-1320496754-45609968301-e708ba56e1517a99f6b5fb07349476ef", 0.93],
  ["https://hooks.slack.com/services/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", "slack-webhook-url", "https://hooks.slack.com/services/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", 0.95],
  ["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", "sendgrid-api-key", "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", 0.95],
  ["bot 7213808860:AAH1bjqpKKW3maRSPAxzIU-0v6xNuq2-NjM ready", "telegram-bot-token", "7213808860:AAH1bjqpKKW3maRSPAxzIU-0v6xNuq2-NjM", 0.92],
  ["mailchimp_api_key: cefa780880ba5f5696192a34f6292c35-us18", "mailchimp-api-key", "cefa780880ba5f5696192a34f6292c35-us18", 0.85],
];

describe("messaging rules", () => {
  it.each(positives)("%s → %s", (...c) => expectPositive(c));
  it.each([
    "TWILIO_ACCOUNT_SID=AC5c3349e3f615c94e564a61a7f887d27f", // an account id, not a secret
    "xoxb-xxxxxxxxx-xxxxxxxxxx-xxxxxxxxxxxx",
    '"token1": "xoxp-1234567890"',
    "https://hooks.slack.com/services/TXXXXXXXX/BXXXXXXXX/XXXXXXXXXXXXXXXXXXXXXXXX",
    "bot110201543:AAHdqTcvCH1vGWJxfSe1ofSAs0K5PALDsaw",
    "https://indieweb.org/images/3/35/2018-250-xoxo-indieweb-1.jpg",
    // webhook templates from the providers' documentation, a bot started from an environment variable
    "https://open.feishu.cn/open-apis/bot/v2/hook/xxxxxxxxxxxxxxxxx",
    "https://oapi.dingtalk.com/robot/send?access_token=XXXXXX",
    "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=693axxx6-7aoc-4bc4-97a0-0ec2sifa5aaa",
    "client.login(process.env.DISCORD_TOKEN);",
  ])("negative %s", (t) => expectNegative(t));
});
