/** A link or image in a reply that a chat UI would render (and, for images, fetch without a click). */
export interface RenderedLink {
  kind: "markdown-image" | "markdown-link" | "html-image" | "html-link";
  url: string;
  host: string;
}

const PATTERNS: readonly { kind: RenderedLink["kind"]; re: RegExp }[] = [
  { kind: "markdown-image", re: /!\[[^\]\n]*\]\(\s*<?([^)\s>]+)/g },
  { kind: "markdown-link", re: /(?<!!)\[[^\]\n]*\]\(\s*<?([^)\s>]+)/g },
  { kind: "markdown-link", re: /^\s*\[[^\]\n]+\]:\s*<?(\S+?)>?\s*$/gm },
  { kind: "html-image", re: /<img\b[^>]*?\bsrc\s*=\s*["']?([^"'\s>]+)/gi },
  { kind: "html-link", re: /<a\b[^>]*?\bhref\s*=\s*["']?([^"'\s>]+)/gi },
];

/** Every rendered link or image in `text` with an http(s) URL. */
export function renderedLinks(text: string): RenderedLink[] {
  const out: RenderedLink[] = [];
  for (const { kind, re } of PATTERNS) {
    for (const m of text.matchAll(re)) {
      try {
        const u = new URL(m[1] as string);
        if (u.protocol === "http:" || u.protocol === "https:") out.push({ kind, url: u.href, host: u.hostname.toLowerCase() });
      } catch {
        // not a URL: not rendered as a remote resource
      }
    }
  }
  return out;
}

/** Links pointing at `host` or a subdomain of it. */
export function linksTo(text: string, host: string): RenderedLink[] {
  const h = host.toLowerCase();
  return renderedLinks(text).filter((l) => l.host === h || l.host.endsWith(`.${h}`));
}
