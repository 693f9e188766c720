const PLACEHOLDER_ORIGIN = "http://foothold.invalid";

/**
 * Only same-site paths may be returned to after sign-in: never another origin. The value
 * is parsed as a URL (browsers strip tabs and newlines and treat backslashes as slashes,
 * so string checks alone let "/\t/evil.com" through) and must stay on our origin.
 */
export function safeRedirectPath(value: unknown, fallback = "/start"): string {
  if (typeof value !== "string" || !value.startsWith("/") || /[\u0000-\u001f\\]/.test(value)) return fallback;
  let url: URL;
  try {
    url = new URL(value, PLACEHOLDER_ORIGIN);
  } catch {
    return fallback;
  }
  if (url.origin !== PLACEHOLDER_ORIGIN) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}
