import type { Flag } from "@/lib/attribution";
import { flagGuidance } from "@/lib/reflections/flag-guidance";

/** Each shown flag in plain words, with the method's suggested response. */
export function FlagGuidanceList({ flags }: { flags: readonly Flag[] }) {
  if (flags.length === 0) return null;
  return (
    <ul className="space-y-3">
      {flags.map((flag) => {
        const guidance = flagGuidance(flag);
        return (
          <li key={flag} className="rounded-md bg-paper p-3 text-sm" data-testid={`guidance-${flag}`}>
            <p className="font-medium">{guidance.label}</p>
            <p className="mt-1">{guidance.meaning}</p>
            <p className="mt-2">
              <span className="font-medium">Suggested response ({guidance.response.toLowerCase()}):</span> {guidance.approach}
            </p>
            <ul className="mt-1 list-disc space-y-0.5 pl-5 text-muted">
              {guidance.prompts.map((prompt) => (
                <li key={prompt}>“{prompt}”</li>
              ))}
            </ul>
          </li>
        );
      })}
    </ul>
  );
}
