import type { Transaction } from "@/db/client";
import { insertLadder } from "./insert-ladder";
import { LadderError } from "./ladder-error";
import { findTemplate } from "./templates";

/** Copies a shipped template into the practice's library as a draft version 1. */
export async function createLadderFromTemplate(
  tx: Transaction,
  { orgId, userId, templateKey, clientKey }: { orgId: string; userId: string | null; templateKey: string; clientKey: string },
) {
  const template = findTemplate(templateKey);
  if (!template) throw new LadderError("not-found", "That template is not in the library.");
  const { key: _key, ...definition } = template;
  return insertLadder(tx, { orgId, userId, clientKey, templateKey: template.key, definition });
}
