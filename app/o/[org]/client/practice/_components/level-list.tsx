import type { AssignmentLevel } from "@/lib/progress/load-assignments";

const STATE_LABEL: Record<AssignmentLevel["state"], string> = {
  mastered: "Mastered",
  current: "Current",
  locked: "Locked",
  skipped: "Skipped",
};

const STATE_STYLE: Record<AssignmentLevel["state"], string> = {
  mastered: "bg-brand-soft text-brand",
  current: "bg-brand text-white",
  locked: "bg-ink/5 text-muted",
  skipped: "bg-ink/5 text-muted",
};

/** A ladder's levels in order, each with where the client stands on it. */
export function LevelList({ levels, label }: { levels: readonly AssignmentLevel[]; label: string }) {
  return (
    <ol aria-label={label} className="space-y-1">
      {levels.map((level) => (
        <li key={level.id} className="flex items-start gap-2" aria-current={level.state === "current" ? "step" : undefined} data-level-state={level.state}>
          <span className={`mt-0.5 inline-block min-w-20 rounded px-2 py-0.5 text-center text-xs font-medium ${STATE_STYLE[level.state]}`}>
            {STATE_LABEL[level.state]}
          </span>
          <span className={level.state === "locked" ? "text-muted" : undefined}>
            {level.position + 1}. {level.title}
          </span>
        </li>
      ))}
    </ol>
  );
}
