/** Only same-site paths may be returned to after sign-in: never another origin. */
export function safeRedirectPath(value: unknown, fallback = "/start"): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return fallback;
  return value;
}
