/**
 * Where to go after sign-in. Only same-origin targets are honoured: a path like "/instances", or an
 * absolute URL on our own host (next-auth's redirect puts the full URL in callbackUrl), reduced to its
 * path. "//evil.com", "/\\evil.com" and other hosts would leave the site, so they fall back to "/".
 */
export function safeCallbackPath(raw: string | string[] | undefined | null, host?: string | null, fallback = "/"): string {
  let value = Array.isArray(raw) ? raw[0] : raw;
  if (!value) return fallback;
  // Control characters are stripped by URL parsers and could turn "/\t/evil" into "//evil".
  if (/[\u0000-\u001f\u007f]/.test(value)) return fallback;
  if (!value.startsWith("/")) {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      return fallback;
    }
    if (!host || url.host !== host || !/^https?:$/.test(url.protocol)) return fallback;
    value = `${url.pathname}${url.search}${url.hash}`;
  }
  if (value.startsWith("//") || value.startsWith("/\\")) return fallback;
  if (value === "/login" || value.startsWith("/login?") || value.startsWith("/api/")) return fallback;
  return value;
}
