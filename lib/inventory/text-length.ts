/**
 * Length as a person (and PostgreSQL's varchar) counts it: code points, so an emoji is one
 * character rather than the two UTF-16 units that String.length reports.
 */
export function charCount(text: string): number {
  return Array.from(text).length;
}

/** "2,000" rather than "2000", to match how the limit is written in messages. */
export function formatCount(n: number): string {
  return n.toLocaleString("en-US");
}
