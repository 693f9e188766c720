import type { LadderDefinition, LevelDefinition } from "./types";
import { LIMITS } from "./validation";

/**
 * The ladder editor's form, as strings: exactly what the coach typed, so a rejected or
 * conflicting save re-renders with nothing lost. Level fields are named
 * `levels.<index>.<field>`; an unchecked checkbox is absent.
 */
export interface LevelFields {
  title: string;
  instructions: string;
  successCriteria: string;
  difficulty: string;
  masteryCount: string;
  coachConfirms: boolean;
}

export interface LadderFields {
  title: string;
  skill: string;
  description: string;
  levels: LevelFields[];
}

const LEVEL_TEXT_FIELDS = ["title", "instructions", "successCriteria", "difficulty", "masteryCount"] as const;

export function blankLevelFields(): LevelFields {
  return { title: "", instructions: "", successCriteria: "", difficulty: "", masteryCount: "1", coachConfirms: false };
}

export function levelFieldsOf(level: LevelDefinition): LevelFields {
  return {
    title: level.title,
    instructions: level.instructions,
    successCriteria: level.successCriteria,
    difficulty: String(level.difficulty),
    masteryCount: String(level.masteryCount),
    coachConfirms: level.coachConfirms,
  };
}

export function ladderFieldsOf(ladder: LadderDefinition): LadderFields {
  return { title: ladder.title, skill: ladder.skill, description: ladder.description, levels: ladder.levels.map(levelFieldsOf) };
}

/** Reads the editor's fields from submitted form data, levels in index order. */
export function ladderFieldsFromForm(formData: Pick<FormData, "get" | "keys">): LadderFields {
  const text = (name: string) => {
    const value = formData.get(name);
    return typeof value === "string" ? value : "";
  };
  const indexes = new Set<number>();
  for (const key of formData.keys()) {
    const match = /^levels\.(\d{1,3})\.title$/.exec(key);
    if (match) indexes.add(Number(match[1]));
  }
  const levels = [...indexes]
    .sort((a, b) => a - b)
    .slice(0, LIMITS.maxLevels + 1)
    .map((index) => {
      const level = blankLevelFields();
      for (const field of LEVEL_TEXT_FIELDS) level[field] = text(`levels.${index}.${field}`);
      level.coachConfirms = formData.get(`levels.${index}.coachConfirms`) !== null;
      return level;
    });
  return { title: text("title"), skill: text("skill"), description: text("description"), levels };
}

/** What the editor's submit buttons ask for; `index` is the level's position in the form. */
export type EditorIntent =
  | { kind: "save" }
  | { kind: "publish" }
  | { kind: "add" }
  | { kind: "remove"; index: number }
  | { kind: "up"; index: number }
  | { kind: "down"; index: number };

export function parseIntent(value: unknown): EditorIntent {
  if (value === "publish") return { kind: "publish" };
  if (value === "add") return { kind: "add" };
  const match = typeof value === "string" ? /^(remove|up|down):(\d{1,3})$/.exec(value) : null;
  if (match) return { kind: match[1] as "remove" | "up" | "down", index: Number(match[2]) };
  return { kind: "save" };
}

export const MIN_LEVELS_MESSAGE = `A ladder needs at least ${LIMITS.minLevels} levels. Add another level before removing this one.`;

/**
 * Adds, removes or moves a level in the form only: nothing is stored until the coach
 * saves, so reshaping a ladder never half-saves it. Returns the new fields and a message.
 */
export function applyLevelIntent(
  fields: LadderFields,
  intent: Extract<EditorIntent, { kind: "add" | "remove" | "up" | "down" }>,
): { fields: LadderFields; ok: boolean; message: string } {
  const levels = [...fields.levels];
  const unsaved = "Save to keep this change.";
  if (intent.kind === "add") {
    if (levels.length >= LIMITS.maxLevels) return { fields, ok: false, message: `Keep the ladder to ${LIMITS.maxLevels} levels or fewer.` };
    levels.push(blankLevelFields());
    return { fields: { ...fields, levels }, ok: true, message: `Level ${levels.length} added at the end. ${unsaved}` };
  }
  const { index } = intent;
  if (index < 0 || index >= levels.length) return { fields, ok: false, message: "That level is no longer on the form." };
  if (intent.kind === "remove") {
    if (levels.length <= LIMITS.minLevels) return { fields, ok: false, message: MIN_LEVELS_MESSAGE };
    levels.splice(index, 1);
    return { fields: { ...fields, levels }, ok: true, message: `Level ${index + 1} removed. ${unsaved}` };
  }
  const target = intent.kind === "up" ? index - 1 : index + 1;
  if (target < 0 || target >= levels.length) return { fields, ok: false, message: `Level ${index + 1} is already ${intent.kind === "up" ? "first" : "last"}.` };
  [levels[index], levels[target]] = [levels[target]!, levels[index]!];
  return { fields: { ...fields, levels }, ok: true, message: `Level ${index + 1} moved to position ${target + 1}. ${unsaved}` };
}
