import type { Transaction } from "@/db/client";
import { insertLadder } from "./insert-ladder";
import type { LevelDefinition } from "./types";

// Two levels is the least a ladder can be; the coach fills them in the editor. The draft
// cannot be published until they are (publishing validates the whole ladder).
const emptyLevel = (difficulty: number): LevelDefinition => ({
  title: "",
  instructions: "",
  successCriteria: "",
  difficulty,
  masteryCount: 1,
  coachConfirms: false,
});

/** A blank draft ladder with two empty levels. */
export async function createBlankLadder(tx: Transaction, { orgId, userId, clientKey }: { orgId: string; userId: string | null; clientKey: string }) {
  return insertLadder(tx, {
    orgId,
    userId,
    clientKey,
    templateKey: null,
    definition: { title: "", skill: "", description: "", levels: [emptyLevel(1), emptyLevel(2)] },
  });
}
