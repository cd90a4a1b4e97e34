/** Positive texts of the seventh secrets set, part 1: every provider of providers.ts in two or three of seventeen
 *  paste contexts (.env, YAML, JSON, TOML, INI, docker-compose, Terraform, Kubernetes Secret, shell history, curl,
 *  stack trace, CI log, Python, JavaScript, Go, Java, Slack prose). */
import { b, S } from "./build.js";
import { PROVIDERS, type Prov } from "./providers.js";
import { int, pick, hex } from "./gen7.js";

const low = (e: string) => e.toLowerCase();
const camel = (e: string) => low(e).replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
const svc = (p: Prov) => p.kind.split("-")[0]!;
type C = (p: Prov, v: string) => [string, string];
const CTX: C[] = [
  (p, v) => ["env", `# .env.production — copied from the server, why does the app still say unauthorized?\nNODE_ENV=production\nPORT=8080\n${p.env}=${v}\nLOG_LEVEL=info`],
  (p, v) => ["yaml", `# config/${svc(p)}.yml\n${svc(p)}:\n  enabled: true\n  ${camel(p.env)}: "${v}"\n  timeout_seconds: 30\n  retries: 3`],
  (p, v) => ["json", `Here's my appsettings.json, the integration fails on startup:\n{\n  "Logging": { "LogLevel": { "Default": "Warning" } },\n  "${svc(p)}": { "${camel(p.env)}": "${v}", "region": "eu-west-1" }\n}`],
  (p, v) => ["toml", `[integrations.${svc(p)}]\nenabled = true\n${low(p.env)} = "${v}"\nbase_url = "https://api.example.internal"`],
  (p, v) => ["ini", `; settings.ini\n[${svc(p)}]\n${low(p.env)} = ${v}\nverify_ssl = true`],
  (p, v) => ["compose", `services:\n  worker:\n    image: ghcr.io/acme/worker:2.3.1\n    environment:\n      - REDIS_HOST=redis\n      - ${p.env}=${v}\n    depends_on: [redis]`],
  (p, v) => ["terraform", `resource "kubernetes_secret" "${svc(p)}" {\n  metadata { name = "${svc(p)}-creds" }\n  data = {\n    ${low(p.env)} = "${v}"\n  }\n}`],
  (p, v) => ["k8s-secret", `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${svc(p)}-credentials\n  namespace: prod\ntype: Opaque\nstringData:\n  ${p.env}: ${v}`],
  (p, v) => ["shell-history", `  ${int(400, 900)}  cd ~/src/billing\n  ${int(901, 950)}  export ${p.env}=${v}\n  ${int(951, 999)}  npm run start`],
  (p, v) => ["curl", `curl -sS -X GET "https://api.${svc(p)}.example/v1/me" \\\n  -H "${p.hdr.replace("{}", v)}" \\\n  -H "Content-Type: application/json"\nreturns 403, any idea?`],
  (p, v) => ["stacktrace", `Traceback (most recent call last):\n  File "/app/jobs/sync.py", line ${int(20, 300)}, in run\n    client = Client(token=settings.${p.env})\n  File "/app/vendor/client.py", line 88, in __init__\n    raise AuthError(f"invalid credentials: {token}")\nAuthError: invalid credentials: ${v}`],
  (p, v) => ["ci-log", `2026-11-27T10:1${int(0, 9)}:0${int(0, 9)}.${int(100, 999)}Z ##[group]Run ./scripts/deploy.sh\n2026-11-27T10:12:01.442Z env:\n2026-11-27T10:12:01.442Z   ${p.env}: ${v}\n2026-11-27T10:12:03.019Z ##[error]Process completed with exit code 1.`],
  (p, v) => ["python", `import os, requests\n\n${p.env} = "${v}"  # TODO move to env\n\ndef fetch():\n    return requests.get(URL, headers={"Authorization": f"Bearer {${p.env}}"}, timeout=10)`],
  (p, v) => ["javascript", `// src/lib/${svc(p)}.ts\nconst ${camel(p.env)} = '${v}';\nexport const client = create${svc(p)[0]!.toUpperCase() + svc(p).slice(1)}Client({ ${camel(p.env)} });`],
  (p, v) => ["go", `func main() {\n\tos.Setenv("${p.env}", "${v}")\n\tc := ${svc(p)}.NewClient(os.Getenv("${p.env}"))\n\tlog.Fatal(c.Run())\n}`],
  (p, v) => ["java", `public final class ${svc(p)[0]!.toUpperCase() + svc(p).slice(1)}Config {\n    private static final String ${p.env} = "${v}";\n    // used by the nightly export job\n}`],
  (p, v) => ["slack", pick([`hey, can someone check why ${svc(p)} keeps rejecting us? this is the ${low(p.env).replace(/_/g, " ")} we're using: ${v}`, `quick q — I put ${v} in the ${svc(p)} settings page as the ${low(p.env).replace(/_/g, " ")} but nothing happens, do I need to restart?`])],
];
let k = 0;
for (const [i, p] of PROVIDERS.entries()) {
  const n = i % 3 === 0 ? 3 : 2;
  for (let j = 0; j < n; j++) { const ctx = CTX[(k++ * 7 + i) % CTX.length]!; const [c, t] = ctx(p, S(p.kind)(p.gen())); b.add("secret", `${c}.${p.kind}`, t); }
}
void hex;
