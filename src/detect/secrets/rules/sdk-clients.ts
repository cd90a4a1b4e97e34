import type { SecretRule, SecretRuleExample } from "../secret-rule.js";

/**
 * Credentials passed positionally to the client constructors of well-known SDKs
 * (`new TwilioRestClient("AC…", "<token>")`, `new BraintreeGateway(env, "merchant", "public", "<private key>")`).
 * Each entry names the entry points, the shapes of the arguments before the credential and the credential's own
 * shape: the combination is what makes a bare hex string or UUID a credential. Stripe (`Stripe("sk_…")`), SendGrid
 * and other prefixed keys need no entry: their prefix rules see them anywhere.
 */
interface SdkCredentialCall {
  id: string;
  description: string;
  /** Entry points (regex source), e.g. `TwilioRestClient|twilio`. */
  callee: string;
  /** Regex sources of the arguments before the credential, in order. */
  before: readonly string[];
  /** Regex source of the credential (inside its quotes). */
  secret: string;
  /** Optional keyword-argument name of the credential (`server_token=`). */
  secretName?: string;
  keywords: readonly string[];
  score: number;
  validator?: string;
  positive: readonly SecretRuleExample[];
  negative: readonly SecretRuleExample[];
}

const SEP = `[ \\t]{0,3},[ \\t]{0,3}`;
/** A quoted string argument of a given shape, optionally as a keyword argument (`auth_id="…"`). */
const str = (shape: string): string => `(?:[A-Za-z_]{1,20}[ \\t]{0,2}[:=][ \\t]{0,2})?["']${shape}["']`;
/** An identifier or member expression argument (`Environment.SANDBOX`, `:sandbox`). */
const EXPR = `[\\w.:]{1,80}`;
const HEX32 = `[0-9a-f]{32}`;
const UUID = `[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}`;

const CALLS: readonly SdkCredentialCall[] = [
  {
    id: "twilio-auth-token-sdk",
    description: "Twilio auth token passed with its account SID to a Twilio client (`new TwilioRestClient(\"AC…\", \"…\")`, `twilio(\"AC…\", \"…\")`, `Client(\"AC…\", \"…\")`)",
    callee: `require\\(["']twilio["']\\)|TwilioRestClient|TwilioClient\\.Init|Twilio\\.init|Twilio::REST::Client\\.new|twilio|Twilio|RestClient|Client`,
    before: [str(`AC[0-9a-f]{32}`)],
    secret: HEX32,
    keywords: ["twilio", "client("],
    score: 0.9,
    positive: [
      { text: 'var twilio = new TwilioRestClient("AC5c3349e3f615c94e564a61a7f887d27f", "6f3822686ac5fa8e9fa24adf73ca551e");', secret: "6f3822686ac5fa8e9fa24adf73ca551e" },
      { text: "const client = require('twilio')('AC4d80c96f34b0e02788bcc05e4653b432', '3036bda36d52b8321b9e0ac4d7f1e2a9');", secret: "3036bda36d52b8321b9e0ac4d7f1e2a9" },
      { text: 'client = Client("AC4d80c96f34b0e02788bcc05e4653b432", "9e0ac4d7f1e2a93036bda36d52b8321b")', secret: "9e0ac4d7f1e2a93036bda36d52b8321b" },
    ],
    negative: [
      { text: "client = Client(account_sid, auth_token)" },
      { text: 'client = Client("AC4d80c96f34b0e02788bcc05e4653b432", os.environ["TWILIO_AUTH_TOKEN"])' },
      { text: 'new TwilioRestClient("ACxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "your_auth_token")' },
    ],
  },
  {
    id: "twilio-api-key-secret-sdk",
    description: "Twilio API key secret passed with its API key SID to a Twilio client (`Client(\"SK…\", \"<secret>\", \"AC…\")`)",
    callee: `TwilioRestClient|twilio|Twilio|RestClient|Client`,
    before: [str(`SK[0-9a-f]{32}`)],
    secret: `[A-Za-z0-9]{32}`,
    keywords: ["twilio", "client("],
    score: 0.9,
    positive: [
      { text: 'client = Client("SKe4e27a2b17e00664d9b9f973cd32c1d5", "08c8e6c94d0119c51ee050670c95cc98", "ACeee0541c8b8c8e3349d4109a7a7c3369")', secret: "08c8e6c94d0119c51ee050670c95cc98" },
      { text: "const client = twilio('SK5c3349e3f615c94e564a61a7f887d27f', 'Xq7Lm2Np9Rt4Vw6Yz1Bc3De5Fg7Hj0Kk', { accountSid: 'AC5c3349e3f615c94e564a61a7f887d27f' });", secret: "Xq7Lm2Np9Rt4Vw6Yz1Bc3De5Fg7Hj0Kk" },
    ],
    negative: [
      { text: 'client = Client("SKe4e27a2b17e00664d9b9f973cd32c1d5", os.environ["TWILIO_API_SECRET"], account_sid)' },
      { text: 'client = Client("SKxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "your_api_key_secret_here_xxxxxxxx")' },
    ],
  },
  {
    id: "braintree-private-key",
    description: "Braintree private key passed to the gateway with environment, merchant id and public key (`new BraintreeGateway(Environment.PRODUCTION, \"merchant\", \"public\", \"<private>\")`)",
    callee: `BraintreeGateway|Braintree\\.Configuration\\.configure|braintree\\.Configuration\\.configure|Configuration\\.configure`,
    before: [EXPR, str(`[a-z0-9]{8,32}`), str(`[a-z0-9]{8,32}`)],
    secret: HEX32,
    keywords: ["braintreegateway", "configuration.configure"],
    score: 0.9,
    positive: [
      { text: 'BraintreeGateway gateway = new BraintreeGateway(Environment.PRODUCTION, "g1vleq2h9svbj6x7", "qkpc2h475xoyntjz", "58dc8727e2016264ea92d83ccb591b52");', secret: "58dc8727e2016264ea92d83ccb591b52" },
      { text: 'braintree.Configuration.configure(braintree.Environment.Sandbox, merchant_id="n8k2v7q4m1x9z3w6", public_key="p4t7r2y9w3q8e1u6", private_key="a1b2c3d4e5f60718293a4b5c6d7e8f90")', secret: "a1b2c3d4e5f60718293a4b5c6d7e8f90" },
    ],
    negative: [
      { text: "new BraintreeGateway(Environment.SANDBOX, merchantId, publicKey, privateKey)" },
      { text: 'new BraintreeGateway(Environment.SANDBOX, "your_merchant_id", "your_public_key", "your_private_key")' },
    ],
  },
  {
    id: "postmark-server-token-sdk",
    description: "Postmark server or account token passed to a Postmark client (`new PostmarkClient(\"<uuid>\")`, `new postmark.ServerClient(\"<uuid>\")`)",
    callee: `PostmarkClient|ServerClient|AccountClient|PostmarkAdminClient|Postmark::ApiClient\\.new|Postmark::AccountApiClient\\.new`,
    before: [],
    secret: UUID,
    secretName: `(?:server_token|account_token|serverToken|accountToken)`,
    keywords: ["postmarkclient", "serverclient", "accountclient", "postmarkadminclient", "postmark::"],
    score: 0.85,
    positive: [
      { text: '$client = new \\Postmark\\PostmarkClient("02ce64ab-afda-4c10-bcf8-b12e55b512d3");', secret: "02ce64ab-afda-4c10-bcf8-b12e55b512d3" },
      { text: 'const client = new postmark.ServerClient("9b1d5f2a-8c6e-4b4d-9a7f-3c1e4f0a9c3e");', secret: "9b1d5f2a-8c6e-4b4d-9a7f-3c1e4f0a9c3e" },
      { text: "postmark = PostmarkClient(server_token='4e8a9c6f-2d5b-4e1a-8c30-3f1c9a2e7b4d')", secret: "4e8a9c6f-2d5b-4e1a-8c30-3f1c9a2e7b4d" },
    ],
    negative: [
      { text: "new postmark.ServerClient(process.env.POSTMARK_TOKEN)" },
      { text: 'new PostmarkClient("00000000-0000-0000-0000-000000000000")' },
    ],
  },
  {
    id: "algolia-admin-key-sdk",
    description: "Algolia API key passed with its application id to an Algolia client (`algoliasearch(\"APPID\", \"<32 hex>\")`); search-only keys of front-end code are public",
    callee: `algoliasearch|SearchClient\\.create|SearchClient\\.Create|SearchClient::create|DefaultSearchClient\\.create|Algolia::Search::Client\\.create|algoliasearch\\.Client|SearchClient`,
    before: [str(`[A-Z0-9]{10}`)],
    secret: HEX32,
    keywords: ["algoliasearch", "searchclient"],
    score: 0.8,
    validator: "algolia-admin-context",
    positive: [
      { text: 'const client = algoliasearch("9G58L0N3H5", "134ca665b438e359a7c21c7b0ef2d5cd"); // admin key, used by the indexer', secret: "134ca665b438e359a7c21c7b0ef2d5cd" },
      { text: "client = SearchClient.create('XK4T2M9QZ1', 'e5f60718293a4b5c6d7e8f90a1b2c3d4')\nindex.save_objects(records)", secret: "e5f60718293a4b5c6d7e8f90a1b2c3d4" },
    ],
    negative: [
      { text: "import algoliasearch from 'algoliasearch/lite';\nconst searchClient = algoliasearch('9G58L0N3H5', '134ca665b438e359a7c21c7b0ef2d5cd');" },
      { text: "const search = instantsearch({ searchClient: algoliasearch('9G58L0N3H5', '134ca665b438e359a7c21c7b0ef2d5cd') });" },
      { text: "algoliasearch(ALGOLIA_APP_ID, ALGOLIA_ADMIN_KEY)" },
    ],
  },
  {
    id: "mailjet-api-secret-sdk",
    description: "Mailjet API secret passed with its API key to a Mailjet client (`Mailjet.apiConnect(\"<key>\", \"<secret>\")`, `new MailjetClient(…)`)",
    callee: `apiConnect|MailjetClient|Mailjet\\\\Client|Mailjet::Client\\.new`,
    before: [str(HEX32)],
    secret: HEX32,
    keywords: ["apiconnect", "mailjetclient", "mailjet\\client", "mailjet::client"],
    score: 0.85,
    positive: [
      { text: "const mailjet = Mailjet.apiConnect('3f1c9a2e7b4d4e8a9c6f2d5b8e1a7c30', '8e1a7c303f1c9a2e7b4d4e8a9c6f2d5b');", secret: "8e1a7c303f1c9a2e7b4d4e8a9c6f2d5b" },
    ],
    negative: [{ text: "Mailjet.apiConnect(process.env.MJ_APIKEY_PUBLIC, process.env.MJ_APIKEY_PRIVATE)" }],
  },
  {
    id: "cohere-api-key-sdk",
    description: "Cohere API key passed to a Cohere client (`cohere.Client(\"…\")`, `cohere.ClientV2(api_key=\"…\")`)",
    // The key has no prefix: a 40-character mixed value as the client's first argument is what makes it one.
    callee: `cohere\\.(?:Async)?Client(?:V2)?|(?:Async)?CohereClient(?:V2)?`,
    before: [],
    secret: `[A-Za-z0-9]{40}`,
    secretName: "(?:api_key|token)",
    keywords: ["cohere"],
    score: 0.85,
    validator: "mixed-charset",
    positive: [
      { text: 'co = cohere.Client("Zq8Lm2Xv9Rt4Wb7Nc1Hd5Fg0Sy3Ue6Ai7Oq1k9Jm")', secret: "Zq8Lm2Xv9Rt4Wb7Nc1Hd5Fg0Sy3Ue6Ai7Oq1k9Jm" },
      { text: "co = cohere.ClientV2(api_key='Hd5Fg0Sy3Ue6Ai7Oq1k9JmZq8Lm2Xv9Rt4Wb7Nc1')", secret: "Hd5Fg0Sy3Ue6Ai7Oq1k9JmZq8Lm2Xv9Rt4Wb7Nc1" },
    ],
    negative: [{ text: 'co = cohere.Client(os.environ["CO_API_KEY"])' }, { text: 'co = cohere.Client("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")' }],
  },
  {
    id: "plivo-auth-token-sdk",
    description: "Plivo auth token passed with its auth id to a Plivo client (`plivo.RestClient(\"MA…\", \"…\")`, `new plivo.Client(…)`)",
    callee: `RestClient|Client|PlivoApi`,
    before: [str(`[MS]A[A-Z0-9]{18}`)],
    secret: `[A-Za-z0-9]{40}`,
    keywords: ["restclient", "plivo"],
    score: 0.85,
    positive: [
      { text: "client = plivo.RestClient(auth_id='MAXXODY2EZNJVKZDG5MZ', auth_token='Zq8Lm2Xv9Rt4Wb7Nc1Hd5Fg0Sy3Ue6Ai7Oq1k9Jm')", secret: "Zq8Lm2Xv9Rt4Wb7Nc1Hd5Fg0Sy3Ue6Ai7Oq1k9Jm" },
    ],
    negative: [{ text: "client = plivo.RestClient(auth_id='MAXXXXXXXXXXXXXXXXXX', auth_token='your_auth_token')" }],
  },
];

function sdkRule(c: SdkCredentialCall): SecretRule {
  const args = c.before.map((a) => `${a}${SEP}`).join("");
  const named = c.secretName !== undefined ? `(?:${c.secretName}[ \\t]{0,2}[:=][ \\t]{0,2})?` : `(?:[A-Za-z_]{1,20}[ \\t]{0,2}[:=][ \\t]{0,2})?`;
  return {
    id: c.id,
    description: c.description,
    pattern: `(?<![\\w$])(?:${c.callee})[ \\t]{0,3}\\([ \\t]{0,3}${args}${named}(?<q>["'])(?<secret>${c.secret})\\k<q>`,
    secretGroup: "secret",
    keywords: c.keywords,
    window: { before: 80, after: 400 },
    entropyMin: 3,
    score: c.score,
    validator: c.validator ?? "not-placeholder",
    examples: { positive: c.positive, negative: c.negative },
  };
}

export const sdkClientRules: readonly SecretRule[] = CALLS.map(sdkRule);
