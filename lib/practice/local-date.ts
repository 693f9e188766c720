/**
 * Calendar days in a client's own time zone, as day numbers (days since
 * 1970-01-01 on that local calendar). Weeks are ISO weeks, Monday first, so
 * "this week" means the same thing to the client and to the nudges.
 */

const DAY_MS = 24 * 60 * 60 * 1000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      year: "numeric",
      month: "numeric",
      day: "numeric",
      era: "short",
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** Throws RangeError for an unknown time zone, as Intl does. */
export function localDayNumber(date: Date, timeZone: string): number {
  const parts = formatterFor(timeZone).formatToParts(date);
  const value = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((part) => part.type === type)?.value);
  const era = parts.find((part) => part.type === "era")?.value;
  const year = era === "BC" ? 1 - value("year") : value("year");
  return Math.floor(Date.UTC(year, value("month") - 1, value("day")) / DAY_MS);
}

/** 0 = Monday … 6 = Sunday. Day 0 (1970-01-01) was a Thursday. */
export function weekdayOf(dayNumber: number): number {
  return (((dayNumber + 3) % 7) + 7) % 7;
}

/** Consecutive integers for consecutive Monday-first weeks. */
export function weekIndexOf(dayNumber: number): number {
  return Math.floor((dayNumber + 3) / 7);
}

export function mondayOf(dayNumber: number): number {
  return dayNumber - weekdayOf(dayNumber);
}

export function isoDateOf(dayNumber: number): string {
  return new Date(dayNumber * DAY_MS).toISOString().slice(0, 10);
}

/** "2026-W09": the ISO year is the year of the week's Thursday. */
export function isoWeekKeyOf(dayNumber: number): string {
  const thursday = mondayOf(dayNumber) + 3;
  const year = new Date(thursday * DAY_MS).getUTCFullYear();
  const jan1 = Math.floor(Date.UTC(year, 0, 1) / DAY_MS);
  const week = Math.floor((thursday - jan1) / 7) + 1;
  return `${year}-W${String(week).padStart(2, "0")}`;
}
