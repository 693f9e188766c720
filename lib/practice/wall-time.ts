/**
 * A `datetime-local` value ("2026-03-04T18:30") means a wall-clock time where the client
 * is; these turn it into an instant and back for the practice's time zone.
 */

const WALL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

function offsetMs(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "numeric",
    second: "numeric",
  }).formatToParts(new Date(instant));
  const value = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((part) => part.type === type)?.value);
  const wallAsUtc = Date.UTC(value("year"), value("month") - 1, value("day"), value("hour"), value("minute"), value("second"));
  return wallAsUtc - Math.floor(instant / 1000) * 1000;
}

/** The instant of a wall-clock time in `timeZone`; null when the value is not a datetime-local string or not a real date. */
export function wallTimeToDate(value: string, timeZone: string): Date | null {
  const match = WALL.exec(value.trim());
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  const check = new Date(asUtc);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hour > 23 || minute > 59) return null;
  // Two passes settle times near a daylight-saving change.
  let instant = asUtc - offsetMs(asUtc, timeZone);
  instant = asUtc - offsetMs(instant, timeZone);
  return new Date(instant);
}

/** The datetime-local value for an instant in `timeZone` (to fill a form back in). */
export function dateToWallTime(date: Date, timeZone: string): string {
  const wall = new Date(date.getTime() + offsetMs(date.getTime(), timeZone));
  return wall.toISOString().slice(0, 16);
}
