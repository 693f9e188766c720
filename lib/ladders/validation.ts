import { z } from "zod";

/**
 * Schemas for the coach's ladder form. They accept what an HTML form submits
 * (numbers as strings, a checkbox as "on" or absent) as well as typed values,
 * so the same schema serves server actions and JSON callers.
 */

export const LIMITS = {
  ladderTitle: 120,
  skill: 120,
  description: 2000,
  levelTitle: 120,
  instructions: 2000,
  successCriteria: 1000,
  minLevels: 2,
  maxLevels: 20,
  minDifficulty: 1,
  maxDifficulty: 10,
  minMasteryCount: 1,
  maxMasteryCount: 20,
} as const;

function requiredText(required: string, tooLong: string, max: number) {
  return z
    .string({ error: required })
    .trim()
    .min(1, { error: required })
    .max(max, { error: tooLong });
}

function optionalText(tooLong: string, max: number) {
  return z
    .string({ error: "Enter text" })
    .trim()
    .max(max, { error: tooLong })
    .optional()
    .transform((value) => value ?? "");
}

/** "" and whitespace mean "left blank", which must not silently become 0. */
function blankToUndefined(value: unknown): unknown {
  if (typeof value !== "string") return value;
  const trimmed = value.trim();
  return trimmed === "" ? undefined : Number(trimmed);
}

function wholeNumber(message: string, min: number, max: number) {
  return z
    .number({ error: message })
    .int({ error: message })
    .min(min, { error: message })
    .max(max, { error: message });
}

const TRUE_VALUES = new Set(["on", "true", "1", "yes"]);
const FALSE_VALUES = new Set(["", "off", "false", "0", "no"]);

/** An unchecked checkbox is simply absent from form data. */
function checkboxToBoolean(value: unknown): unknown {
  if (value === undefined || value === null) return false;
  if (typeof value !== "string") return value;
  const normalized = value.trim().toLowerCase();
  if (TRUE_VALUES.has(normalized)) return true;
  if (FALSE_VALUES.has(normalized)) return false;
  return value;
}

const difficultyMessage = `Difficulty must be a whole number from ${LIMITS.minDifficulty} to ${LIMITS.maxDifficulty}`;
const masteryMessage = `Successful attempts to master must be a whole number from ${LIMITS.minMasteryCount} to ${LIMITS.maxMasteryCount}`;

export const levelInputSchema = z.object({
  title: requiredText(
    "Give each level a title",
    `Keep level titles under ${LIMITS.levelTitle} characters`,
    LIMITS.levelTitle,
  ),
  instructions: requiredText(
    "Describe what to do at this level",
    `Keep the instructions under ${LIMITS.instructions} characters`,
    LIMITS.instructions,
  ),
  successCriteria: requiredText(
    "Say what counts as success at this level",
    `Keep the success criteria under ${LIMITS.successCriteria} characters`,
    LIMITS.successCriteria,
  ),
  difficulty: z.preprocess(
    blankToUndefined,
    z
      .number({
        error: (issue) => (issue.input === undefined ? "Choose a difficulty from 1 to 10" : difficultyMessage),
      })
      .int({ error: difficultyMessage })
      .min(LIMITS.minDifficulty, { error: difficultyMessage })
      .max(LIMITS.maxDifficulty, { error: difficultyMessage }),
  ),
  masteryCount: z.preprocess(
    blankToUndefined,
    wholeNumber(masteryMessage, LIMITS.minMasteryCount, LIMITS.maxMasteryCount).default(1),
  ),
  coachConfirms: z.preprocess(
    checkboxToBoolean,
    z.boolean({ error: "Coach confirmation must be on or off" }),
  ),
});

export const ladderInputSchema = z.object({
  title: requiredText(
    "Title is required",
    `Keep the title under ${LIMITS.ladderTitle} characters`,
    LIMITS.ladderTitle,
  ),
  skill: requiredText(
    "Say which skill or goal this ladder builds",
    `Keep the skill under ${LIMITS.skill} characters`,
    LIMITS.skill,
  ),
  description: optionalText(`Keep the description under ${LIMITS.description} characters`, LIMITS.description),
  levels: z
    .array(levelInputSchema, { error: "Add at least two levels" })
    .min(LIMITS.minLevels, { error: "Add at least two levels" })
    .max(LIMITS.maxLevels, { error: `Keep the ladder to ${LIMITS.maxLevels} levels or fewer` }),
});

/** What the form may submit. */
export type LevelFormValues = z.input<typeof levelInputSchema>;
export type LadderFormValues = z.input<typeof ladderInputSchema>;
/** What the schema guarantees after parsing. */
export type LevelInput = z.output<typeof levelInputSchema>;
export type LadderInput = z.output<typeof ladderInputSchema>;
