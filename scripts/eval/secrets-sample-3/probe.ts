/** Ad-hoc probe: prints actionable secret findings for each argument line (used to characterise misses). */
import { createDetectionEngine } from "../../../src/detect/engine.js";
const e = createDetectionEngine();
const texts = [
  `ADYEN_API_KEY=AQEEoCZGftk+mgNjtIMRLN5zq0gYq2Vv4cG3k2Yz3Vd8QtLZ9w0xQpP2m1Kc8nF4a7BvR5eD6sHjU0iO3lT9yW2xZ5cV8bN1mQ4pL7kJ0hG3fD6sA==-9mEo3vQ0VvjG1cGk1e2Tt2a7j1r7yVvT3o6rmKc6kU8=-fRnV;mhw%s4}kUSD`,
  `ALGOLIA_ADMIN_KEY=134ca665b438e359a7c21c7b0ef2d5cd`,
  `AZURE_STORAGE_KEY=sQdSYhUOdzIGl1EIs1Mj2VTTq0gYq2Vv4cG3k2Yz3Vd8QtLZ9w0xQpP2m1Kc8nF4a7BvR5eD6sHjU0iO3lTgEv6Fg==`,
  `mongosh -u admin -p 'TYPBqTUUSxUAo7'`,
  `mongosh -u admin -p TYPBqTUUSxUAo7`,
  `mysql -u admin -p'TYPBqTUUSxUAo7'`,
  `requests.get(url, auth=("svc_sync", "Orchard@956K"))`,
  `s3 = boto3.client("s3", aws_access_key_id="AKIAWI7ZZQWKYYTLRGYF", aws_secret_access_key="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")`,
  `new BasicAWSCredentials("AKIAWI7ZZQWKYYTLRGYF", "j4LV8dzJi1r9en40WvDJjoSifV6KipPjwrIKE51x")`,
  `requirepass Hq7zLm2PwX9rT4`,
  `HEROKU_API_KEY=af71e0a2-a7c3-4a69-9ad2-268bc47552fd`,
  `ops@helio.dev / Pelican*68h`,
  `user: ops@helio.dev password: Pelican*68h`,
  `psk="Nordlicht@1952AgE"`,
  `wpa_passphrase=Nordlicht@1952AgE`,
  `AUTH PLAIN AGFsZXJ0c0BoZWxpby5kZXYAT3JjaGFyZCYxOTcyWg==`,
  `PASSWORD=example123`,
  `PASSWORD=password123`,
];
for (const t of texts) {
  const r = e.detect(t, { direction: "request", role: "user" });
  const f = r.findings.filter((x) => x.category === "secret").map((x) => `${x.type}:${x.score.toFixed(2)}${e.isActionable(x) ? "*" : ""}=${JSON.stringify(t.slice(x.start, x.end))}`);
  console.log(JSON.stringify(t.slice(0, 70)), "=>", f.join(" ") || "-");
}
