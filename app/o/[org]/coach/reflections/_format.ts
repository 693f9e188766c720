/** Date and time in the practice's time zone, as the feed and the client page panel show them. */
export function formatWhen(date: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone }).format(date);
}
