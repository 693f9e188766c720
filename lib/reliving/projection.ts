import type { ScriptStep } from "./types";

/**
 * Phase 4, Step 1 (visualization of future success), self-guided. The protocol gives
 * no duration for it; it is kept to about four and a half minutes so that it and the
 * pre-performance review together fit the 5–10 minutes before a challenge.
 * The struggle is rehearsed too: seeing yourself keep going when it gets hard is
 * more honest, and more useful, than a frictionless picture.
 */

export type ProjectionStage = "visualization";

/** `challenge` is the level's title as the client knows it; without one the text stays general. */
export function futureProjectionSteps(challenge?: string | null): ScriptStep<ProjectionStage>[] {
  const name = challenge?.trim();
  const it = name ? `“${name}”` : "the challenge ahead";
  const step = (id: string, title: string, text: string, durationSeconds: number): ScriptStep<ProjectionStage> => ({
    id,
    stage: "visualization",
    title,
    text,
    durationSeconds,
    pace: "moderate",
  });
  return [
    step("settle", "Settle in", `Sit comfortably and take a few slow breaths. Bring to mind ${it}.`, 30),
    step(
      "see-it",
      "See the challenge",
      `Imagine yourself at ${it}. Where will you be? Who will be there? What will you see and hear as you begin?`,
      60,
    ),
    step(
      "draw-on-past",
      "Draw on what you've proven",
      "See yourself drawing on all your past mastery experiences. The same strengths that worked before are with you here.",
      60,
    ),
    step(
      "watch-succeed",
      "Watch yourself succeed",
      "Watch yourself succeeding, using the capabilities you've proven you have. See the specific things you do, step by step, " +
        "including the moment it gets hard and you keep going.",
      60,
    ),
    step(
      "rehearse",
      "Rehearse it once more",
      "Mentally rehearse it once more, from the first moment to the last. You're about to create another mastery experience.",
      60,
    ),
  ];
}
