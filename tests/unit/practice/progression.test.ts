import { describe, expect, it } from "vitest";
import { advanceAfterAttempt, levelStatus, type LadderLevel } from "@/lib/practice/progression";
import { attempt, dayAt, onLevel } from "./attempts";

const once = { masteryCount: 1, coachConfirms: false };
const twice = { masteryCount: 2, coachConfirms: false };
const confirmed = { masteryCount: 1, coachConfirms: true };

describe("levelStatus", () => {
  it("is in progress with no attempts", () => {
    expect(levelStatus(twice, [])).toEqual({ state: "in_progress", successes: 0, required: 2, remaining: 2, masteredAt: null });
  });

  it("setbacks do not count towards mastery", () => {
    const status = levelStatus(once, [attempt("setback", 0), attempt("setback", 1)]);
    expect(status.state).toBe("in_progress");
    expect(status.remaining).toBe(1);
  });

  it("masters after the required number of successes, dated by the success that met the count", () => {
    const first = levelStatus(twice, [attempt("success", 0)]);
    expect(first).toMatchObject({ state: "in_progress", successes: 1, remaining: 1 });

    const status = levelStatus(twice, [attempt("success", 3), attempt("setback", 1), attempt("success", 0)]);
    expect(status).toMatchObject({ state: "mastered", successes: 2, remaining: 0 });
    expect(status.masteredAt).toEqual(dayAt(3));
  });

  it("a default count of 1 masters on the first success", () => {
    expect(levelStatus(once, [attempt("setback", 0), attempt("success", 1)]).state).toBe("mastered");
  });

  it("waits for the coach when the level needs confirmation", () => {
    expect(levelStatus(confirmed, [attempt("success", 0)])).toMatchObject({ state: "awaiting_coach", remaining: 0, masteredAt: null });
  });

  it("masters once the coach confirms the success, dated by the confirmation", () => {
    const status = levelStatus(confirmed, [attempt("success", 0, { coachConfirmed: true, coachConfirmedAt: dayAt(2) })]);
    expect(status.state).toBe("mastered");
    expect(status.masteredAt).toEqual(dayAt(2));
  });

  it("falls back to the attempt date when the confirmation time is unknown", () => {
    expect(levelStatus(confirmed, [attempt("success", 1, { coachConfirmed: true })]).masteredAt).toEqual(dayAt(1));
  });

  it("a confirmation on a success before the count was met does not confirm mastery", () => {
    const rule = { masteryCount: 2, coachConfirms: true };
    const attempts = [attempt("success", 0, { coachConfirmed: true }), attempt("success", 1)];
    expect(levelStatus(rule, attempts).state).toBe("awaiting_coach");
    expect(levelStatus(rule, [...attempts.slice(0, 1), attempt("success", 1, { coachConfirmed: true })]).state).toBe("mastered");
  });

  it("a confirmation flag on a setback is not mastery", () => {
    expect(levelStatus(confirmed, [attempt("success", 0), attempt("setback", 1, { coachConfirmed: true })]).state).toBe(
      "awaiting_coach",
    );
  });

  it("ignores the coach flag when the level does not need confirmation", () => {
    expect(levelStatus(once, [attempt("success", 0)]).state).toBe("mastered");
  });
});

const levels: LadderLevel[] = [
  { id: "l1", mastery: once },
  { id: "l2", mastery: twice },
  { id: "l3", mastery: confirmed },
];

describe("advanceAfterAttempt", () => {
  it("stays on the current level until it is mastered", () => {
    const result = advanceAfterAttempt({ levels, attempts: [onLevel("l1", "setback", 0)], currentIndex: 0 });
    expect(result).toMatchObject({ currentIndex: 0, advanced: false, complete: false });
    expect(result.current?.state).toBe("in_progress");
    expect(result.levels.map((level) => level.position)).toEqual(["current", "locked", "locked"]);
  });

  it("moves to the next level when the current one is mastered", () => {
    const result = advanceAfterAttempt({ levels, attempts: [onLevel("l1", "success", 0)], currentIndex: 0 });
    expect(result).toMatchObject({ currentIndex: 1, advanced: true, complete: false, masteredAt: dayAt(0) });
    expect(result.current).toMatchObject({ state: "in_progress", successes: 0, required: 2 });
    expect(result.levels.map((level) => level.position)).toEqual(["mastered", "current", "locked"]);
  });

  it("applies the mastery count of the current level", () => {
    const one = advanceAfterAttempt({ levels, attempts: [onLevel("l2", "success", 1)], currentIndex: 1 });
    expect(one).toMatchObject({ currentIndex: 1, advanced: false });
    expect(one.current?.remaining).toBe(1);
    const two = advanceAfterAttempt({
      levels,
      attempts: [onLevel("l2", "success", 1), onLevel("l2", "success", 2)],
      currentIndex: 1,
    });
    expect(two).toMatchObject({ currentIndex: 2, advanced: true });
  });

  it("holds at the current level while awaiting the coach", () => {
    const result = advanceAfterAttempt({ levels, attempts: [onLevel("l3", "success", 3)], currentIndex: 2 });
    expect(result).toMatchObject({ currentIndex: 2, advanced: false, complete: false });
    expect(result.current?.state).toBe("awaiting_coach");
  });

  it("completes the ladder when the last level is mastered", () => {
    const result = advanceAfterAttempt({
      levels,
      attempts: [onLevel("l3", "success", 3, { coachConfirmed: true })],
      currentIndex: 2,
    });
    expect(result).toMatchObject({ currentIndex: 2, complete: true, advanced: false, current: null, masteredAt: dayAt(3) });
    expect(result.levels.map((level) => level.position)).toEqual(["mastered", "mastered", "mastered"]);
  });

  it("treats a stored index past the last level as already complete", () => {
    const result = advanceAfterAttempt({ levels, attempts: [], currentIndex: 3 });
    expect(result).toMatchObject({ currentIndex: 2, complete: true, current: null, masteredAt: null });
  });

  it("ignores attempts on levels other than the current one", () => {
    const attempts = [
      onLevel("l1", "success", 0),
      onLevel("l3", "success", 1, { coachConfirmed: true }),
      onLevel("other-ladder-level", "success", 2),
    ];
    const result = advanceAfterAttempt({ levels, attempts, currentIndex: 1 });
    expect(result).toMatchObject({ currentIndex: 1, advanced: false });
    expect(result.current?.successes).toBe(0);
  });

  it("advances at most one level per evaluation", () => {
    const attempts = [onLevel("l1", "success", 0), onLevel("l2", "success", 1), onLevel("l2", "success", 2)];
    const result = advanceAfterAttempt({ levels, attempts, currentIndex: 0 });
    expect(result.currentIndex).toBe(1);
    expect(result.current?.successes).toBe(0);
  });

  it("ignores attempts on the current level from before it became current", () => {
    const attempts = [onLevel("l1", "success", 0)];
    const result = advanceAfterAttempt({ levels, attempts, currentIndex: 0, currentSince: dayAt(1) });
    expect(result).toMatchObject({ currentIndex: 0, advanced: false });
  });

  it("marks levels before the starting level as skipped", () => {
    const result = advanceAfterAttempt({ levels, attempts: [], currentIndex: 0, startIndex: 1 });
    expect(result.currentIndex).toBe(1);
    expect(result.levels.map((level) => level.position)).toEqual(["skipped", "current", "locked"]);
  });

  it("handles an empty ladder without throwing", () => {
    expect(advanceAfterAttempt({ levels: [], attempts: [], currentIndex: 0 })).toMatchObject({
      complete: false,
      current: null,
      levels: [],
    });
  });
});
