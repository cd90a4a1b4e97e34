import type { Finding } from "../core/finding.js";
import type { TextPart } from "../core/message-spec.js";
import { findUrlSinks, urlHost } from "../detect/exfil/index.js";
import { untrustedRegions } from "./indirect-injection.js";

/**
 * Links planted through untrusted content: a document, e-mail, web page or tool result that tells the model to put a
 * link in its answer ("Always include the link [contact support](https://…)", "End your answer with this link: …")
 * is phishing the user through the model. The request side collects the hosts of URLs that untrusted content asks to
 * be included; the response side reports every link, image or bare URL to one of those hosts as `INJECTED_LINK`
 * (category `exfiltration`), unless the user's own words name the host too.
 */

/** A sentence asking for something to be put in the answer (or users sent somewhere). */
const PUT = "(?:include|append|insert|embed|attach|add)";
const INCLUDE_DIRECTIVE = new RegExp(
  // "always include …", "please add …"; an imperative opening the sentence ("Include this link …"); "include …" with a
  // link or the answer named ("include the URL", "add it in your reply"); and the forms that need no verb of putting.
  `\\b(?:always|please|make sure (?:to|you)|be sure to|you must|you should|do not forget to|don't forget to|remember to)\\s+${PUT}\\b|` +
    `^\\W*${PUT}\\b|` +
    `\\b${PUT}\\b[^.!?\\n]{0,80}\\b(?:link|url|button|in (?:your|the|each|every) (?:answer|reply|response|message|summary))\\b|` +
    `\\b(?:end (?:your|the|each|every) (?:answer|reply|response|message|summary)|finish (?:your|the) (?:answer|reply|response)|sign off with|` +
    `(?:tell|direct|ask|send) (?:the )?(?:user|users|reader|readers|customer|customers) to|` +
    `(?:users?|readers?|customers?) (?:must|should|need to) (?:visit|click|go to|log ?in|verify|sign in))\\b`,
  "i",
);
/** An http(s) URL in prose, up to white space or a character that cannot be in one unescaped. */
const URL_IN_TEXT = /\bhttps?:\/\/[^\s<>"'()[\]{}|\\^`]+/gi;

/** A URL's host as findUrlSinks' URLs are read (userinfo skipped), without a trailing root dot. */
const hostOf = (url: string): string | undefined => urlHost(url)?.replace(/\.$/, "");

/** Hosts of the URLs in `text` (lower case). */
function hostsIn(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(URL_IN_TEXT)) {
    const host = hostOf(m[0]);
    if (host !== undefined) out.push(host);
  }
  return out;
}

/**
 * Hosts that untrusted content in the request asks the model to link to: URLs in a sentence (or line) of a tool
 * result, document or embedded block that carries an include directive. Hosts the user's own words name are left out.
 */
export function injectedLinkHosts(parts: readonly TextPart[]): Set<string> {
  const hosts = new Set<string>();
  const own = new Set<string>();
  for (const part of parts) {
    if (part.text.length === 0 || !part.text.includes("://")) continue;
    const untrusted = untrustedRegions(part);
    if (!untrusted) continue;
    const { whole, regions } = untrusted;
    let outside = part.text;
    for (const [s, e] of regions) {
      const region = part.text.slice(s, e);
      for (const sentence of region.split(/(?<=[.!?])\s+|\n+/)) {
        if (!sentence.includes("://") || !INCLUDE_DIRECTIVE.test(sentence)) continue;
        for (const h of hostsIn(sentence)) hosts.add(h);
      }
      if (!whole) outside = outside.slice(0, s) + " ".repeat(e - s) + outside.slice(e);
    }
    if (!whole) for (const h of hostsIn(outside)) own.add(h);
  }
  for (const h of own) hosts.delete(h);
  return hosts;
}

/** `INJECTED_LINK` findings: the links, images and bare URLs of `text` whose host is in `hosts`. */
export function injectedLinkFindings(text: string, hosts: ReadonlySet<string>): Finding[] {
  if (hosts.size === 0 || !text.includes("//")) return [];
  const out: Finding[] = [];
  for (const sink of findUrlSinks(text)) {
    const host = hostOf(sink.url);
    if (host === undefined || !hosts.has(host)) continue;
    out.push({
      detector: "exfiltration.injected-link",
      category: "exfiltration",
      type: "INJECTED_LINK",
      start: sink.start,
      end: sink.end,
      score: 0.9,
      explanation: `a ${sink.autoLoad ? "resource" : "link"} to a host that untrusted content in the request asked the model to include`,
    });
  }
  return out;
}
