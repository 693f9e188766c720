import { getDb } from "@/db/client";
import { type ExportScope, exportReflectionBatch, toJsonLine } from "@/lib/reflections/export-reflections";
import type { FeedCursor } from "@/lib/reflections/feed-filters";
import { requireMember } from "@/lib/tenancy/guard";
import { STAFF_ROLES } from "@/lib/tenancy/roles";
import { withTenant } from "@/lib/tenancy/scope";

/**
 * The practice's reflection labels as JSON Lines in the attribution guide's format, for
 * `npm run eval:attribution -- file.jsonl`. Corrected reflections (the coach's labels) by
 * default; `?all=1` adds every tagged one, a correction winning. Streamed in batches.
 * requireMember's notFound() answers this route handler with a plain 404, as for pages.
 */
export async function GET(request: Request, { params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  const member = await requireMember(org, { roles: STAFF_ROLES, returnTo: `/o/${org}/coach/reflections` });
  const scope: ExportScope = new URL(request.url).searchParams.get("all") === "1" ? "all" : "corrected";
  const encoder = new TextEncoder();
  let after: FeedCursor | undefined;
  let done = false;
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (done) return controller.close();
      const batch = await withTenant(getDb(), member.scope, (tx) => exportReflectionBatch(tx, { orgId: member.org.id, scope, after }));
      if (batch.records.length) controller.enqueue(encoder.encode(batch.records.map(toJsonLine).join("")));
      if (batch.next) after = batch.next;
      else done = true;
    },
  });
  const day = new Date().toISOString().slice(0, 10);
  return new Response(body, {
    headers: {
      "Content-Type": "application/jsonl; charset=utf-8",
      "Content-Disposition": `attachment; filename="${member.org.slug}-reflections-${scope}-${day}.jsonl"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
