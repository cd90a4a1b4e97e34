/** The host of `url` (absolute or protocol-relative), lower case, as the WHATWG URL parser reads it; else undefined. */
export function urlHost(url: string): string | undefined {
  try {
    return new URL(url.startsWith("//") ? `https:${url}` : url).hostname.toLowerCase() || undefined;
  } catch {
    return undefined;
  }
}
