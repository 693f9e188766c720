import type { AttemptComment } from "@/lib/attempts/find-attempt";
import { formatDateTime } from "./format";

/** "Seek constructive feedback": the coach's comments and the client's replies on one attempt, oldest first. */
export function AttemptThread({ comments, viewerMembershipId, timeZone }: { comments: readonly AttemptComment[]; viewerMembershipId: string; timeZone: string }) {
  if (comments.length === 0) return <p className="text-muted">No comments yet.</p>;
  return (
    <ol className="space-y-3" aria-label="Comments">
      {comments.map((comment) => (
        <li key={comment.id} className={`rounded-md p-3 ring-1 ring-ink/5 ${comment.fromClient ? "bg-white" : "bg-brand-soft"}`}>
          <p className="text-sm text-muted">
            <strong className="text-ink">{comment.authorMembershipId === viewerMembershipId ? "You" : comment.authorName}</strong>
            {comment.fromClient ? "" : " (coach)"} · <time dateTime={comment.createdAt.toISOString()}>{formatDateTime(comment.createdAt, timeZone)}</time>
          </p>
          <p className="mt-1 whitespace-pre-wrap">{comment.body}</p>
        </li>
      ))}
    </ol>
  );
}
