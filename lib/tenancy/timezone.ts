export function isValidTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

export function commonTimeZones(): string[] {
  return Intl.supportedValuesOf("timeZone");
}
