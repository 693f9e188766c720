import { z } from "zod";
import { CAUSES, CAUSE_INFO, type Cause, FLAGS, FLAG_INFO, type Flag } from "@/lib/attribution";

/**
 * The reflection feed's filters, read from the query string of its GET form. Each filter
 * is validated on its own: a value we do not know is ignored (the page says so) instead of
 * failing the whole page. Pure.
 */

export type FeedOutcome = "success" | "setback";

export interface FeedCursor {
  /** created_at as PostgreSQL wrote it, to the microsecond, so the keyset comparison is exact. */
  createdAt: string;
  id: string;
}

export interface FeedFilters {
  flag?: Flag;
  outcome?: FeedOutcome;
  cause?: Cause;
  client?: string;
  before?: FeedCursor;
}

type SearchParams = Record<string, string | string[] | undefined>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const CURSOR = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,6})?Z)_([0-9a-f-]{36})$/i;

const schemas = {
  flag: z.enum(FLAGS),
  outcome: z.enum(["success", "setback"]),
  cause: z.enum(CAUSES),
  client: z.string().regex(UUID),
} as const;

function first(value: string | string[] | undefined): string | undefined {
  const single = Array.isArray(value) ? value[0] : value;
  return single === undefined || single === "" ? undefined : single;
}

export function encodeCursor(cursor: FeedCursor): string {
  return `${cursor.createdAt}_${cursor.id}`;
}

export function decodeCursor(value: string): FeedCursor | null {
  const match = CURSOR.exec(value);
  if (!match || !UUID.test(match[2]!) || Number.isNaN(Date.parse(match[1]!))) return null;
  return { createdAt: match[1]!, id: match[2]!.toLowerCase() };
}

export function parseFeedFilters(params: SearchParams): { filters: FeedFilters; notes: string[] } {
  const filters: FeedFilters = {};
  const notes: string[] = [];
  const flag = first(params.flag);
  if (flag !== undefined) {
    const parsed = schemas.flag.safeParse(flag);
    if (parsed.success) filters.flag = parsed.data;
    else notes.push(`Ignored the flag filter: there is no flag called "${flag}".`);
  }
  const outcome = first(params.outcome);
  if (outcome !== undefined) {
    const parsed = schemas.outcome.safeParse(outcome);
    if (parsed.success) filters.outcome = parsed.data;
    else notes.push(`Ignored the outcome filter: choose success or setback.`);
  }
  const cause = first(params.cause);
  if (cause !== undefined) {
    const parsed = schemas.cause.safeParse(cause);
    if (parsed.success) filters.cause = parsed.data;
    else notes.push(`Ignored the cause filter: there is no cause called "${cause}".`);
  }
  const client = first(params.client);
  if (client !== undefined) {
    const parsed = schemas.client.safeParse(client);
    if (parsed.success) filters.client = parsed.data.toLowerCase();
    else notes.push("Ignored the client filter: that is not a client of this practice.");
  }
  const before = first(params.before);
  if (before !== undefined) {
    const cursor = decodeCursor(before);
    if (cursor) filters.before = cursor;
    else notes.push("Showing the newest reflections: the page link was not one we recognise.");
  }
  return { filters, notes };
}

/** The query string for a filter set (and an optional page cursor), for links and the "Older" button. */
export function feedQuery(filters: FeedFilters, before?: FeedCursor): string {
  const params = new URLSearchParams();
  if (filters.client) params.set("client", filters.client);
  if (filters.outcome) params.set("outcome", filters.outcome);
  if (filters.flag) params.set("flag", filters.flag);
  if (filters.cause) params.set("cause", filters.cause);
  if (before) params.set("before", encodeCursor(before));
  const query = params.toString();
  return query ? `?${query}` : "";
}

export const FLAG_OPTIONS = FLAGS.map((flag) => ({ value: flag, label: FLAG_INFO[flag].label }));
export const CAUSE_OPTIONS = CAUSES.map((cause) => ({ value: cause, label: CAUSE_INFO[cause].label }));
