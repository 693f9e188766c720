import type { LadderStatus } from "./types";

/** How a version's status reads on screen; other features look for these exact words. */
export const STATUS_LABELS: Record<LadderStatus, string> = { draft: "Draft", published: "Published", archived: "Archived" };

/** A blank ladder's title is empty until the coach names it. */
export function displayTitle(title: string): string {
  return title.trim() === "" ? "Untitled ladder" : title;
}
