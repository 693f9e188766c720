/**
 * Ranks clients on the coach's practice overview by what needs attention first.
 * Safety flags come first; then clients who are struggling (stuck), then missed
 * commitments (overdue), then drift (inactive), then fresh mastery worth
 * acknowledging while it is recent.
 */

export const DEFAULT_INACTIVE_DAYS = 14;
export const NEWLY_MASTERED_DAYS = 7;
const DAY_MS = 24 * 60 * 60 * 1000;

export type AttentionKind = "urgent" | "stuck" | "overdue" | "inactive" | "newly_mastered";

const RANK: Record<AttentionKind, number> = {
  urgent: 0,
  stuck: 1,
  overdue: 2,
  inactive: 3,
  newly_mastered: 4,
};

export interface AssignmentFacts {
  id: string;
  ladderTitle: string;
  assignedAt: Date;
  dueAt: Date | null;
  /** paused assignments are neither overdue nor expected to see practice. */
  state: "active" | "paused" | "completed";
}

export interface ClientAttentionFacts {
  clientId: string;
  clientName: string;
  /** Unresolved urgent flags (e.g. screening) for the coach. */
  urgentFlags: number;
  /** Titles of levels where the stuck signal is on. */
  stuckLevels: readonly string[];
  assignments: readonly AssignmentFacts[];
  lastAttemptAt: Date | null;
  masteries: readonly { levelTitle: string; masteredAt: Date }[];
}

export interface AttentionReason {
  kind: AttentionKind;
  message: string;
  /** Days overdue / inactive / since mastery, where meaningful; orders within a kind. */
  days: number | null;
}

export interface AttentionItem {
  clientId: string;
  clientName: string;
  /** Most pressing first. */
  reasons: AttentionReason[];
}

export interface AttentionOptions {
  now: Date;
  inactiveDays?: number;
}

function wholeDays(fromMs: number, toMs: number): number {
  return Math.floor((toMs - fromMs) / DAY_MS);
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

function ago(days: number): string {
  return days === 0 ? "today" : `${plural(days, "day")} ago`;
}

export function attentionReasons(facts: ClientAttentionFacts, options: AttentionOptions): AttentionReason[] {
  const now = options.now.getTime();
  const inactiveDays = options.inactiveDays ?? DEFAULT_INACTIVE_DAYS;
  const reasons: AttentionReason[] = [];

  if (facts.urgentFlags > 0) {
    reasons.push({ kind: "urgent", days: null, message: `Urgent: ${plural(facts.urgentFlags, "flag")} to review` });
  }
  for (const title of facts.stuckLevels) {
    reasons.push({ kind: "stuck", days: null, message: `Stuck: three setbacks in a row on “${title}”` });
  }
  for (const assignment of facts.assignments) {
    if (assignment.state === "completed" || !assignment.dueAt || assignment.dueAt.getTime() >= now) continue;
    const days = wholeDays(assignment.dueAt.getTime(), now);
    reasons.push({ kind: "overdue", days, message: `Overdue: “${assignment.ladderTitle}” was due ${ago(days)}` });
  }

  const active = facts.assignments.filter((assignment) => assignment.state === "active");
  if (active.length > 0) {
    // A new assignment restarts the clock: nobody is inactive on homework given yesterday.
    const latestStart = Math.max(...active.map((assignment) => assignment.assignedAt.getTime()));
    const lastActivity = Math.max(latestStart, facts.lastAttemptAt?.getTime() ?? -Infinity);
    const days = wholeDays(lastActivity, now);
    if (days >= inactiveDays) {
      const message = facts.lastAttemptAt
        ? `Inactive: no attempt in ${plural(days, "day")}`
        : `Inactive: no attempt yet, ${plural(days, "day")} since assigned`;
      reasons.push({ kind: "inactive", days, message });
    }
  }

  for (const mastery of facts.masteries) {
    const days = wholeDays(mastery.masteredAt.getTime(), now);
    if (days < 0 || days >= NEWLY_MASTERED_DAYS) continue;
    reasons.push({ kind: "newly_mastered", days, message: `Newly mastered: “${mastery.levelTitle}” ${ago(days)}` });
  }

  return reasons.sort(compareReasons);
}

/** Within overdue and inactive, longer is worse; within newly mastered, more recent first. */
function compareReasons(a: AttentionReason, b: AttentionReason): number {
  const byKind = RANK[a.kind] - RANK[b.kind];
  if (byKind !== 0) return byKind;
  const sign = a.kind === "newly_mastered" ? 1 : -1;
  return sign * ((a.days ?? 0) - (b.days ?? 0));
}

/** Clients with at least one reason, most pressing first; clients needing nothing are left out. */
export function rankAttention(
  clients: readonly ClientAttentionFacts[],
  options: AttentionOptions,
): AttentionItem[] {
  return clients
    .map((facts) => ({ clientId: facts.clientId, clientName: facts.clientName, reasons: attentionReasons(facts, options) }))
    .filter((item) => item.reasons.length > 0)
    .sort(compareItems);
}

function compareItems(a: AttentionItem, b: AttentionItem): number {
  const [topA, topB] = [a.reasons[0], b.reasons[0]];
  if (topA && topB) {
    const byTop = compareReasons(topA, topB);
    if (byTop !== 0) return byTop;
  }
  const byNeedCount = needCount(b) - needCount(a);
  if (byNeedCount !== 0) return byNeedCount;
  return a.clientName.localeCompare(b.clientName) || a.clientId.localeCompare(b.clientId);
}

/** Newly mastered is good news, not a problem, so it does not add weight. */
function needCount(item: AttentionItem): number {
  return item.reasons.filter((reason) => reason.kind !== "newly_mastered").length;
}
