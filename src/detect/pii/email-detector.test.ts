import { describe, expect, it } from "vitest";
import type { SharedScan } from "../../core/detector.js";
import { createSharedScan } from "../shared/shared-scan.js";
import { emailScanner } from "./email-detector.js";
import type { PiiHit } from "./pii-detector.js";
import { PiiScan } from "./pii-scan.js";
import { expectCase, hitsOf, type Case } from "./test-support/hits.js";

const cases: Case[] = [
  { text: "my email address is info@presidio.site", value: "info@presidio.site", min: 0.9 },
  { text: "write to a.b-c+tag@sub.example.co.uk.", value: "a.b-c+tag@sub.example.co.uk", min: 0.9 },
  { text: "user@xn--80ak6aa92e.com", value: "user@xn--80ak6aa92e.com", min: 0.9 },
  { text: "my email is info@presidio.", value: null, min: 0 },
  { text: "@decorator and npm i @scope/pkg@1.2.3", value: null, min: 0 },
  { text: "ssh to user@2001:db8::1", value: null, min: 0 },
  // credentials in a URL and SSH targets are no mailboxes
  { text: "git remote add origin https://deploy:Tz8!kq2Wm@gitlab.company.com/team/app.git", value: null, min: 0 },
  { text: "HTTP_PROXY=http://proxyuser:Pr0xy$Pass9@proxy.corp.local:8080", value: null, min: 0 },
  { text: "git clone git@github.com:acme/infra.git", value: null, min: 0 },
  { text: "scp build.tgz deploy@files.acme.io:/srv/releases", value: null, min: 0 },
  { text: "ssh -i key.pem admin@bastion.acme.io", value: null, min: 0 },
  { text: "see https://example.com/docs then mail john@acme.com: thanks", value: "john@acme.com", min: 0.9 },
  { text: "jane.doe@gmail.com:Summer2024", value: "jane.doe@gmail.com", min: 0.9 },
  { text: "https://api.example.com?email=john.smith@gmail.com", value: "john.smith@gmail.com", min: 0.9 },
  { text: "contact git@example.com for access", value: "git@example.com", min: 0.9 },
  // obfuscated forms
  { text: "reach me: john [at] example [dot] com thanks", value: "john [at] example [dot] com", min: 0.85 },
  { text: "jane.doe(at)corp(dot)io", value: "jane.doe(at)corp(dot)io", min: 0.85 },
  { text: "bob{AT}mail.example.org", value: "bob{AT}mail.example.org", min: 0.85 },
  { text: "send it to alice[@]example.co.uk", value: "alice[@]example.co.uk", min: 0.85 },
  { text: "my email is alice at example dot com", value: "alice at example dot com", min: 0.8 },
  { text: "Look at this dot com bubble chart", value: null, min: 0.5 },
  { text: "we met at noon dot the meeting ran long", value: null, min: 0.5 },
  { text: "array [at] index and (dot) product", value: null, min: 0.5 },
  // internationalised addresses (Unicode local parts and domains)
  { text: "write to josé@correo.es today", value: "josé@correo.es", min: 0.9 },
  { text: "info@münchen.de", value: "info@münchen.de", min: 0.9 },
  { text: "contact jürgen.müller@firma.de now", value: "jürgen.müller@firma.de", min: 0.9 },
  { text: "пишите на иван@почта.рф", value: "иван@почта.рф", min: 0.9 },
  // written apart or spelled in other ways
  { text: "my email is jane dot doe at gmail dot com", value: "jane dot doe at gmail dot com", min: 0.8 },
  { text: "email me at jane dot doe at gmail dot com", value: "jane dot doe at gmail dot com", min: 0.8 },
  { text: "janedoe AT gmail DOT com", value: "janedoe AT gmail DOT com", min: 0.8 },
  { text: "email me: john.smith at company.com", value: "john.smith at company.com", min: 0.8 },
  { text: "email jane at\u00a0mail.example.org", value: "jane at\u00a0mail.example.org", min: 0.8 },
  { text: "email: at at example.com", value: "at at example.com", min: 0.8 }, // the local part is itself "at"
  { text: "j.smith @ example . com", value: "j.smith @ example . com", min: 0.8 },
  { text: "contact support @ acme. We will reply", value: null, min: 0.5 },
  { text: "meet me at noon @ the office. thanks", value: null, min: 0.5 },
  { text: "I'm at work.com is a site", value: null, min: 0.5 },
  // found by review: a site after a pronoun, a matrix product, and sentences written without spaces around an address
  { text: "Please contact us at www.example.com for details.", value: null, min: 0.5 },
  { text: "You can reach him at linkedin.com if needed.", value: null, min: 0.5 },
  { text: "c = weights @ inputs.io", value: null, min: 0.5 },
  { text: "请联系我john@example.com谢谢", value: "john@example.com", min: 0.9 },
  { text: "メールはjohn@example.comです", value: "john@example.com", min: 0.9 },
];

describe("emailScanner", () => {
  it.each(cases)("%j", ({ text, value, min = 0.5, max = 1 }) => {
    expectCase(emailScanner, "EMAIL_ADDRESS", { text, value, min, max });
  });

  it.each([
    "email me: john.smith at company.com; reach bob at mail.example.org",
    "Write  to jane at acme.io, E-MAILS: at at example.com",
    "addre\u017fs: bob at mail.com", // a long s: an "s" to the context regex's Unicode case folding
    "xemail bob at x.com; emailing me at home",
  ])("finds the same addresses in %j with the engine's shared keyword pass as without", (text) => {
    const hits = (shared?: SharedScan): PiiHit[] => {
      const out: PiiHit[] = [];
      emailScanner.scan(new PiiScan(text, shared), out);
      return out;
    };
    expect(hits(createSharedScan(text))).toEqual(hits());
  });
});
