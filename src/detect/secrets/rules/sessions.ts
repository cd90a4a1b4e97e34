import type { SecretRule } from "../secret-rule.js";

/**
 * Session cookies: whoever holds the value is logged in, so it is a credential like a bearer token. Found in
 * `Cookie:` / `Set-Cookie:` headers (raw HTTP, curl, HAR header entries), cookie dictionaries in code, and the
 * name/value cookie entries of HAR, Postman and browser exports. Only cookie names that carry a session or an
 * auth token count (analytics, consent and preference cookies such as `_ga`, `cookieconsent_status`, `locale` do
 * not), and the `session-cookie` validator asks for a random-looking value of session-id length.
 */

/**
 * Session and auth cookie names of common stacks: PHP, Java, Express, Django, Rails (`_<app>_session`), Laravel,
 * ASP / ASP.NET, Drupal (`SESS<hash>`), WordPress, NextAuth, and any name ending in session / sid / token / jwt /
 * auth / remember-me. Names with csrf / xsrf / consent / analytics are anti-forgery or tracking cookies.
 */
const NAME =
  `(?![\\w.:-]{0,60}?(?:csrf|xsrf|consent|analytics|tracking))` +
  `(?:aspsessionid[a-z]{8}|s?sess[0-9a-f]{32}|wordpress_(?:logged_in|sec)_[0-9a-f]{32}|` +
  `[\\w.:-]{0,60}?(?:sess(?:ion)?(?:[_.-]?id)?|sid|token|jwt|auth|remember(?:[_-]?(?:me|token|web_[0-9a-f]{40}))?))`;

/** A cookie value: no separator, quote or white space; the validator decides whether it looks random. */
const VALUE = `(?<secret>[^;\\s"',\\\\]{16,4096})`;

export const sessionRules: readonly SecretRule[] = [
  {
    id: "session-cookie",
    description: "Session or auth cookie in a Cookie / Set-Cookie header, a curl cookie flag or a cookie dictionary",
    pattern:
      // a header (`Cookie: a=1; PHPSESSID=…`), a HAR header entry (`"name": "Cookie", "value": "…"`), `document.cookie =`
      `(?:(?:(?<![\\w-])(?:set-)?cookie["']?(?:[ \\t]{0,3}[:=]|[ \\t]{0,3},[ \\t]{0,3}["']value["'][ \\t]{0,3}:)[ \\t]{0,3}["']?` +
      // curl `-b 'sid=…'` / `--cookie "…"`
      `|(?<![\\w-])(?:-b|--cookie)[ \\t]{1,3}["']?)` +
      // the cookies before the session one; each starts with a non-blank so that the blanks after a ";" have one reading
      // (a class that also took them made every cookie two ways to match: exponential on a header with no session cookie)
      `(?:[^\\n;"' \\t][^\\n;"']{0,399};[ \\t]{0,3}){0,40}?` +
      // a cookie dictionary: `cookies = {"sessionid": "…"}`, `cookies: { PHPSESSID: '…' }`
      `|(?<![\\w-])cookies?["']?[ \\t]{0,3}[=:][ \\t]{0,3}\\{[^}]{0,400}?["']?)` +
      `(?<key>${NAME})(?:=["']?|["']?[ \\t]{0,3}:[ \\t]{0,3}["'])${VALUE}`,
    flags: "i",
    secretGroup: "secret",
    keywords: ["cookie", "-b "],
    window: { before: 16, after: 4800 },
    score: 0.8,
    placeholderCheck: false,
    validator: "session-cookie",
    examples: {
      positive: [
        { text: "GET / HTTP/1.1\nHost: intranet.acme.local\nCookie: PHPSESSID=83m2ig4wk87o6p00dvq4dn3xz7; lang=de\n", secret: "83m2ig4wk87o6p00dvq4dn3xz7" },
        { text: "Cookie: _ga=GA1.1.153912402.1712; connect.sid=s%3AbNWWBogCARNxb604S3nEo2x.Qm8N1MVeY%2ByWq4c; theme=dark", secret: "s%3AbNWWBogCARNxb604S3nEo2x.Qm8N1MVeY%2ByWq4c" },
        { text: '{"name": "Set-Cookie", "value": "sessionid=pmqtvzc4er5it1w6qqqmn60lcqayeeey; expires=Tue, 24 Mar 2026 10:00:00 GMT; HttpOnly"}', secret: "pmqtvzc4er5it1w6qqqmn60lcqayeeey" },
        { text: "Set-Cookie: JSESSIONID=A1F3C9B27D4E8F60A2B4C6D8E0F1A3B5; Path=/; HttpOnly", secret: "A1F3C9B27D4E8F60A2B4C6D8E0F1A3B5" },
        { text: "curl -b 'laravel_session=eyJpdiI6IkR3b2xNZz09IiwidmFsdWUiOiJxR3hB' https://app.acme.io/admin", secret: "eyJpdiI6IkR3b2xNZz09IiwidmFsdWUiOiJxR3hB" },
        { text: 'r = requests.get(url, cookies={"sessionid": "k2x9p4m7q1w8e5r3t6y0u2i4o7p9a1s3"})', secret: "k2x9p4m7q1w8e5r3t6y0u2i4o7p9a1s3" },
        { text: "Cookie: ASP.NET_SessionId=xk4fj2m1tq0zv5nrw3ybpa2h", secret: "xk4fj2m1tq0zv5nrw3ybpa2h" },
      ],
      negative: [
        { text: "Cookie: _ga=GA1.1.153912402.1712345678; _gid=GA1.1.98765432.1712345678; cookieconsent_status=dismiss; locale=de; theme=dark" },
        { text: "Set-Cookie: sessionid=; expires=Thu, 01 Jan 1970 00:00:00 GMT; Path=/" },
        { text: "Set-Cookie: session=deleted; Max-Age=0" },
        { text: "Cookie: PHPSESSID=<your-session-id>" },
        { text: "Set-Cookie: csrftoken=Zq8Lm2Xv9Rt4Wb7Nc1Hd5Fg0Sy3Ue6; Path=/" },
        { text: "Cookie: XSRF-TOKEN=eyJpdiI6IkR3b2xNZz09IiwidmFsdWUiOiJxR3hB; lang=en" },
        { text: "Set-Cookie: session_started=1712345678901234; Path=/" },
        { text: 'document.cookie = "sessionid=" + encodeURIComponent(token) + "; path=/"' },
      ],
    },
  },
  {
    id: "session-cookie-entry",
    description: "Session or auth cookie as a name/value entry (HAR `cookies`, Postman, browser and Playwright exports)",
    // `{"name": "_shop_session", "value": "…"}`, with up to eight other members (domain, path...) in between
    pattern: `["']name["'][ \\t]{0,3}:[ \\t]{0,3}["'](?<key>${NAME})["'][ \\t]{0,3},(?:\\s{0,40}["']\\w{1,20}["'][ \\t]{0,3}:[ \\t]{0,3}(?:"[^"\\n]{0,200}"|[\\w.-]{1,30})[ \\t]{0,3},){0,8}\\s{0,40}["']value["'][ \\t]{0,3}:[ \\t]{0,3}["']${VALUE}["']`,
    flags: "i",
    secretGroup: "secret",
    keywords: ['"name"', "'name'"],
    anchored: true,
    score: 0.8,
    placeholderCheck: false,
    validator: "session-cookie",
    examples: {
      positive: [
        { text: '"cookies": [{"name": "_shop_session", "value": "CCJJGHykVFHvHXI%2Flr8KuGq0W2x7bT%2FzR4", "path": "/", "httpOnly": true}]', secret: "CCJJGHykVFHvHXI%2Flr8KuGq0W2x7bT%2FzR4" },
        { text: '{"name": "auth_token", "domain": ".acme.io", "path": "/", "value": "9fK2mQ7xL4vR8tW1zN6pB3cY5hJ0dS2a"}', secret: "9fK2mQ7xL4vR8tW1zN6pB3cY5hJ0dS2a" },
      ],
      negative: [
        { text: '"cookies": [{"name": "_ga", "value": "GA1.1.153912402.1712345678"}, {"name": "locale", "value": "de-DE"}]' },
        { text: '{"name": "session", "value": "default"}' },
        { text: '{"name": "csrftoken", "value": "Zq8Lm2Xv9Rt4Wb7Nc1Hd5Fg0Sy3Ue6"}' },
        { text: '{"name": "sessionTimeout", "value": "3600"}' },
      ],
    },
  },
];
