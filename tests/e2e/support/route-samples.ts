import { readdirSync } from "node:fs";
import path from "node:path";
import type { ArrangedPractice } from "./arrange";

/**
 * Sample values for the dynamic segments of tenant routes ([client], [ladder], …), so the
 * isolation test can request every route of a practice. Each feature adds a file to
 * ./samples whose default export creates its rows in the practice and returns
 * `{ segmentName: value }`.
 */
export type SampleProvider = (practice: ArrangedPractice) => Promise<Record<string, string>>;

export async function routeSamples(practice: ArrangedPractice): Promise<Record<string, string>> {
  const dir = path.join(__dirname, "samples");
  const samples: Record<string, string> = {};
  for (const file of readdirSync(dir).filter((name) => name.endsWith(".ts")).sort()) {
    // require, not import(): Playwright transpiles TypeScript on require.
    const provider = (require(path.join(dir, file)) as { default: SampleProvider }).default;
    Object.assign(samples, await provider(practice));
  }
  return samples;
}
