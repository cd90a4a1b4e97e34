/**
 * `node --import tsx scripts/eval/secrets-sample-11/check.ts`: validates cases.json without any detector — offsets,
 * label format (`SECRET:<kind>`), one required label per positive and none in a negative, each provider token's
 * published shape (prefix, length, alphabet), CRC32 tails of GitHub/npm tokens, JWTs that decode, base64 that decodes,
 * and no checksum-valid GitHub/npm token or non-EXAMPLE AWS key id inside a negative. Prints the counts.
 * `loadCases()` is what run.ts scores.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Case } from "../inline-marks.js";
import { base62, crc32 } from "./gen11.js";

/** The cases of a set's cases.json (a later set built with this set's generators reads its own). */
export function loadCasesFrom(url: URL): Case[] {
  return JSON.parse(readFileSync(url, "utf8")) as Case[];
}

export function loadCases(): Case[] {
  return loadCasesFrom(new URL("./cases.json", import.meta.url));
}

/** A ghp_/gho_/ghu_/ghs_/ghr_/npm_ token whose last 6 characters are the base62 CRC32 of the 30 before them. */
export function crcTokenOk(v: string): boolean {
  const m = /^(?:gh[pousr]|npm)_([A-Za-z0-9]{30})([A-Za-z0-9]{6})$/.exec(v);
  return !!m && base62(crc32(m[1]!), 6) === m[2];
}
const CRC_KINDS = new Set(["github-pat-classic", "github-oauth", "github-app-installation", "github-user-server", "github-refresh", "npm"]);
const JWT_KINDS = new Set(["jwt", "supabase-service"]);
const UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
/** Published shapes of the prefixed tokens (prefix, length, alphabet); kinds not listed are context-only secrets. */
const FORMAT: Record<string, RegExp> = {
  shopify: /^shpat_[a-f0-9]{32}$/, postman: /^PMAK-[a-f0-9]{24}-[a-f0-9]{34}$/, "gitlab-deploy": /^gldt-[\w-]{20}$/,
  "slack-config": /^xoxe\.xoxp-1-[A-Za-z0-9-]{140,}$/, "cloudflare-token": /^[\w-]{40}$/, "gitlab-trigger": /^glptt-[a-f0-9]{40}$/,
  "aws-access-key-id": /^(AKIA|ASIA)[A-Z2-7]{16}$/, "aws-secret-key": /^[A-Za-z0-9/+]{40}$/,
  "github-pat-fine": /^github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}$/, "gitlab-pat": /^glpat-[\w-]{20}$/, "gitlab-runner": /^glrt-[\w-]{20}$/,
  "slack-bot": /^xoxb-\d{10,13}-\d{10,13}-[A-Za-z0-9]{24}$/, "slack-user": /^xoxp-\d{10,13}-\d{10,13}-\d{10,13}-[a-f0-9]{32}$/,
  "slack-app": /^xapp-1-A[A-Z0-9]{10}-\d{13}-[a-f0-9]{64}$/, "slack-webhook": /^https:\/\/hooks\.slack\.com\/services\/T[A-Z0-9]{8,10}\/B[A-Z0-9]{8,10}\/[A-Za-z0-9]{24}$/,
  "stripe-secret": /^sk_live_[A-Za-z0-9]{99}$/, "stripe-restricted": /^rk_live_[A-Za-z0-9]{99}$/, "stripe-webhook": /^whsec_[A-Za-z0-9]{32}$/,
  "openai-project": /^sk-proj-[\w-]{74}T3BlbkFJ[\w-]{74}$/, "openai-svcacct": /^sk-svcacct-[\w-]{74}T3BlbkFJ[\w-]{74}$/,
  "openai-admin": /^sk-admin-[\w-]{74}T3BlbkFJ[\w-]{74}$/, "openai-legacy": /^sk-[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}$/,
  "anthropic-api": /^sk-ant-api03-[\w-]{93}AA$/, "anthropic-admin": /^sk-ant-admin01-[\w-]{93}AA$/, huggingface: /^hf_[A-Za-z]{34}$/,
  groq: /^gsk_[A-Za-z0-9]{52}$/, replicate: /^r8_[A-Za-z0-9]{37}$/, xai: /^xai-[A-Za-z0-9]{80}$/, perplexity: /^pplx-[A-Za-z0-9]{48}$/,
  deepseek: /^sk-[a-f0-9]{32}$/, openrouter: /^sk-or-v1-[a-f0-9]{64}$/, "gemini-api-key": /^AIza[\w-]{35}$/, "gcp-api-key": /^AIza[\w-]{35}$/,
  "gcp-oauth-secret": /^GOCSPX-[\w-]{28}$/, "gcp-refresh-token": /^1\/\/0[\w-]{99}$/, pinecone: /^pcsk_[A-Za-z0-9]{6}_[A-Za-z0-9]{63}$/,
  langsmith: /^lsv2_pt_[a-f0-9]{32}_[a-f0-9]{10}$/, "firebase-fcm": /^AAAA[A-Za-z0-9]{7}:APA91b[\w-]{134}$/,
  "azure-storage": /^[A-Za-z0-9+/]{86}==$/, "azure-client-secret": /^[A-Za-z0-9]{3}8Q~[\w~.-]{34}$/, "azure-devops-pat": /^[a-z2-7]{52}$/,
  "discord-bot": /^[A-Za-z0-9]{24,26}\.[\w-]{6}\.[\w-]{38}$/, "discord-webhook": /^https:\/\/discord\.com\/api\/webhooks\/\d{17,20}\/[\w-]{68}$/,
  "telegram-bot": /^\d{8,10}:AA[\w-]{33}$/, linear: /^lin_api_[A-Za-z0-9]{40}$/, notion: /^secret_[A-Za-z0-9]{43}$/,
  atlassian: /^ATATT3xFfGF0[\w-]{170}=[0-9A-F]{8}$/, asana: /^2\/\d{16}\/\d{16}:[a-f0-9]{32}$/, hubspot: new RegExp(`^pat-na1-${UUID}$`),
  "trello-token": /^ATTA[a-f0-9]{64}[0-9A-F]{8}$/, figma: /^figd_[\w-]{40}$/, airtable: /^pat[A-Za-z0-9]{14}\.[a-f0-9]{64}$/,
  mailchimp: /^[a-f0-9]{32}-us\d{1,2}$/, dropbox: /^sl\.[\w-]{135}$/, sendgrid: /^SG\.[\w-]{22}\.[\w-]{43}$/, mailgun: /^key-[a-f0-9]{32}$/,
  brevo: /^xkeysib-[a-f0-9]{64}-[A-Za-z0-9]{16}$/, resend: /^re_[A-Za-z0-9]{8}_[A-Za-z0-9]{24}$/, "twilio-auth-token": /^[a-f0-9]{32}$/,
  "twilio-api-key-sid": /^SK[a-f0-9]{32}$/, digitalocean: /^dop_v1_[a-f0-9]{64}$/, vault: /^hvs\.CAESI[\w-]{80,}$/, pulumi: /^pul-[a-f0-9]{40}$/,
  doppler: /^dp\.st\.prd\.[A-Za-z0-9]{43}$/, "terraform-cloud": /^[A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9]{67}$/, dockerhub: /^dckr_pat_[\w-]{27}$/,
  buildkite: /^bkua_[a-f0-9]{40}$/, circleci: /^CCIPAT_[A-Za-z0-9]{22}_[a-f0-9]{40}$/, okta: /^00[\w-]{40}$/, grafana: /^glsa_[A-Za-z0-9]{32}_[a-f0-9]{8}$/,
  "grafana-cloud": /^glc_eyJ[A-Za-z0-9+/]+$/, databricks: /^dapi[a-f0-9]{32}$/, "datadog-api": /^[a-f0-9]{32}$/, "datadog-app": /^[a-f0-9]{40}$/,
  "newrelic-user": /^NRAK-[A-Z0-9]{27}$/, "newrelic-license": /^[a-f0-9]{36}NRAL$/, sentry: /^sntrys_eyJ[A-Za-z0-9+/]+_[A-Za-z0-9+/]{43}$/,
  "sentry-user": /^sntryu_[a-f0-9]{64}$/, "cloudflare-global": /^[a-f0-9]{37}$/, heroku: /^HRKU-AA[\w-]{58}$/, "jenkins-token": /^11[a-f0-9]{32}$/,
  netlify: /^nfp_[A-Za-z0-9]{36}$/, planetscale: /^pscale_tkn_[\w-]{43}$/, neon: /^napi_[a-z0-9]{64}$/, render: /^rnd_[A-Za-z0-9]{32}$/,
  "supabase-secret": /^sb_secret_[\w-]{32}$/, "mapbox-secret": /^sk\.eyJ[\w-]+\.[\w-]{22}$/, contentful: /^CFPAT-[\w-]{43}$/,
  sonarqube: /^squ_[a-f0-9]{40}$/, launchdarkly: new RegExp(`^api-${UUID}$`), dynatrace: /^dt0c01\.[A-Z0-9]{24}\.[A-Z0-9]{64}$/,
  tailscale: /^tskey-auth-k[A-Za-z0-9]{11}CNTRL-[A-Za-z0-9]{33}$/, bitbucket: /^ATBB[A-Za-z0-9]{32}$/, "alibaba-access-key-id": /^LTAI[A-Za-z0-9]{20}$/,
  "tencent-secret-id": /^AKID[A-Za-z0-9]{32}$/, onepassword: /^ops_eyJ[A-Za-z0-9+/]+$/, snyk: new RegExp(`^${UUID}$`),
  "age-key": /^AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}$/, pypi: /^pypi-AgEIcHlwaS5vcmc[\w-]{100,}$/,
  rubygems: /^rubygems_[a-f0-9]{48}$/, nuget: /^oy2[a-z0-9]{43}$/, square: /^EAAA[\w-]{60}$/, flutterwave: /^FLWSECK-[a-f0-9]{32}-X$/,
  paystack: /^sk_live_[a-f0-9]{40}$/, "razorpay-key-id": /^rzp_live_[A-Za-z0-9]{14}$/, mollie: /^live_[A-Za-z0-9]{30}$/,
  duffel: /^duffel_live_[\w-]{43}$/, shippo: /^shippo_live_[a-f0-9]{40}$/, easypost: /^EZAK[a-f0-9]{54}$/, braintree: /^access_token\$production\$[a-z0-9]{16}\$[a-f0-9]{32}$/,
  "twitter-bearer": /^A{21}[A-Za-z0-9]{19}%3D[A-Za-z0-9]{50}$/, facebook: /^EAAG[A-Za-z0-9]{100,}$/, clerk: /^sk_live_[A-Za-z0-9]{40}$/,
  "rails-master": /^[a-f0-9]{32}$/, "laravel-app-key": /^base64:[A-Za-z0-9+/]{43}=$/, "django-secret": /^django-insecure-.{50}$/,
};
const isB64 = (v: string) => /^[A-Za-z0-9+/]+={0,2}$/.test(v) && v.length % 4 === 0;

export function checkCases(cases: Case[]): string[] {
  const errs: string[] = [];
  const seen = new Set<string>();
  for (const c of cases) {
    if (seen.has(c.text)) errs.push(`#${c.id} duplicate text`);
    seen.add(c.text);
    if (c.group === "secret" && !c.labels.some((l) => !l.opt)) errs.push(`#${c.id} positive without a required label`);
    for (const l of c.labels) {
      if (c.text.slice(l.start, l.end) !== l.v) errs.push(`#${c.id} bad offsets`);
      if (!/^SECRET:[a-z0-9]+(-[a-z0-9]+)*$/.test(l.t)) errs.push(`#${c.id} bad label type ${l.t}`);
      if (l.v.trim() !== l.v || l.v.length < 6) errs.push(`#${c.id} label value has whitespace at an edge or is too short`);
      const kind = l.t.slice(7);
      if (CRC_KINDS.has(kind) && !crcTokenOk(l.v)) errs.push(`#${c.id} ${kind} fails its CRC32 tail`);
      const re = FORMAT[kind];
      if (re && !re.test(l.v)) errs.push(`#${c.id} ${kind} does not have the provider's shape: ${l.v.slice(0, 24)}…`);
      if (JWT_KINDS.has(kind)) {
        const [h, p, s] = l.v.split(".");
        try { JSON.parse(Buffer.from(h!, "base64url").toString()); JSON.parse(Buffer.from(p!, "base64url").toString()); if (!s) throw new Error("no signature"); }
        catch { errs.push(`#${c.id} JWT does not decode`); }
      }
      if (["pw-k8s-b64", "basic-auth", "registry-auth"].includes(kind) && (!isB64(l.v) || !/^[\x20-\x7e]+$/.test(Buffer.from(l.v, "base64").toString("latin1")))) errs.push(`#${c.id} ${kind} is not base64 of printable text`);
      if (c.group === "neg" && !l.opt) errs.push(`#${c.id} negative with a required label`);
    }
    if (c.group === "neg") {
      for (const m of c.text.matchAll(/\b(?:gh[pousr]|npm)_[A-Za-z0-9]{36}\b/g)) if (crcTokenOk(m[0])) errs.push(`#${c.id} negative holds a valid ${m[0].slice(0, 4)} token`);
      for (const m of c.text.matchAll(/\b(?:AKIA|ASIA)[A-Z2-7]{16}\b/g)) if (!m[0].endsWith("EXAMPLE")) errs.push(`#${c.id} negative holds an AWS key id ${m[0]}`);
    }
  }
  return errs;
}

/** Check `cases`, print their counts, and exit 1 with the problems if there are any. */
export function reportCheck(cases: Case[]): void {
  const errs = checkCases(cases);
  const groups: Record<string, number> = {}, kinds: Record<string, number> = {};
  for (const c of cases) {
    groups[c.group] = (groups[c.group] ?? 0) + 1;
    for (const l of c.labels) { const k = l.t.slice(7) + (l.opt ? " (opt)" : ""); kinds[k] = (kinds[k] ?? 0) + 1; }
  }
  const services = new Set(Object.keys(kinds).filter((k) => !k.endsWith("(opt)")).map((k) => k.split("-")[0]));
  console.log(JSON.stringify({ cases: cases.length, groups, services: services.size, labels: Object.values(kinds).reduce((a, b) => a + b, 0), kinds }));
  if (errs.length) { console.error(errs.join("\n")); process.exit(1); }
  console.log("check: OK");
}

if (process.argv[1] === fileURLToPath(import.meta.url)) reportCheck(loadCases());
