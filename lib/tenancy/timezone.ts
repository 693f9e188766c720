export { isValidTimeZone } from "@/lib/practice/local-date";

export function commonTimeZones(): string[] {
  return Intl.supportedValuesOf("timeZone");
}
