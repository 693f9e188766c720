import { isoDateOf, isoWeekKeyOf, localDayNumber, mondayOf, weekdayOf, weekIndexOf } from "./local-date";

/**
 * Whether a client is keeping the practice cadence their coach set, judged on
 * the client's own calendar. The streak rewards showing up week after week,
 * which is what turns single wins into repeated mastery.
 */

export type WeekPace = "met" | "on_track" | "behind" | "no_cadence";

export interface CadenceInput {
  /** Target attempts per week; null or 0 when the assignment has no cadence. */
  attemptsPerWeek: number | null;
  attemptDates: readonly Date[];
  now: Date;
  /** IANA time zone of the client, e.g. "Europe/Berlin". */
  timeZone: string;
}

export interface CadenceStatus {
  /** ISO week key of the current local week, e.g. "2026-W09". */
  week: string;
  /** Local date (YYYY-MM-DD) of this week's Monday. */
  weekStart: string;
  attemptsThisWeek: number;
  target: number | null;
  /** Attempts still needed this week to meet the target; null without a cadence. */
  remaining: number | null;
  /** Days left in the week, today included (7 on Monday, 1 on Sunday). */
  daysLeft: number;
  pace: WeekPace;
  /** met or on_track; null without a cadence. */
  onTrack: boolean | null;
  /** Consecutive weeks with at least one attempt, ending this week or last week. */
  streakWeeks: number;
}

export function cadenceStatus(input: CadenceInput): CadenceStatus {
  const today = localDayNumber(input.now, input.timeZone);
  const thisWeek = weekIndexOf(today);
  // Attempts dated after now (clock skew, bad input) would inflate this week.
  const weeksPractised = new Set(
    input.attemptDates
      .filter((date) => date.getTime() <= input.now.getTime())
      .map((date) => weekIndexOf(localDayNumber(date, input.timeZone))),
  );
  const attemptsThisWeek = input.attemptDates.filter(
    (date) => date.getTime() <= input.now.getTime() && weekIndexOf(localDayNumber(date, input.timeZone)) === thisWeek,
  ).length;

  const target = input.attemptsPerWeek && input.attemptsPerWeek > 0 ? Math.floor(input.attemptsPerWeek) : null;
  const daysCompleted = weekdayOf(today);
  let pace: WeekPace = "no_cadence";
  if (target !== null) {
    // Pro-rata over the days already over: on Monday nothing is expected yet.
    const expectedSoFar = Math.floor((target * daysCompleted) / 7);
    pace = attemptsThisWeek >= target ? "met" : attemptsThisWeek >= expectedSoFar ? "on_track" : "behind";
  }

  return {
    week: isoWeekKeyOf(today),
    weekStart: isoDateOf(mondayOf(today)),
    attemptsThisWeek,
    target,
    remaining: target === null ? null : Math.max(0, target - attemptsThisWeek),
    daysLeft: 7 - daysCompleted,
    pace,
    onTrack: target === null ? null : pace !== "behind",
    streakWeeks: practiceStreak(weeksPractised, thisWeek),
  };
}

/** A week without practice yet does not break the streak until the week is over. */
function practiceStreak(weeksPractised: ReadonlySet<number>, thisWeek: number): number {
  let week = weeksPractised.has(thisWeek) ? thisWeek : thisWeek - 1;
  let streak = 0;
  while (weeksPractised.has(week)) {
    streak += 1;
    week -= 1;
  }
  return streak;
}
