/**
 * The four life domains of the Phase 1 success audit. The prompt is the protocol's own
 * list for the domain, shown as a nudge while the client searches their memory.
 */

export const DOMAIN_KEYS = ["professional", "athletic", "social", "personal"] as const;
export type DomainKey = (typeof DOMAIN_KEYS)[number];

export interface LifeDomain {
  key: DomainKey;
  label: string;
  prompt: string;
}

export const LIFE_DOMAINS: readonly LifeDomain[] = [
  { key: "professional", label: "Professional / Academic", prompt: "Projects completed, skills mastered, goals achieved" },
  { key: "athletic", label: "Athletic / Physical", prompt: "Physical challenges overcome, sports accomplishments" },
  { key: "social", label: "Social / Relational", prompt: "Difficult conversations navigated, relationships built" },
  { key: "personal", label: "Personal", prompt: "Habits developed, challenges faced, growth moments" },
];

export function domainByKey(key: DomainKey): LifeDomain {
  const domain = LIFE_DOMAINS.find((d) => d.key === key);
  if (!domain) throw new Error(`Unknown life domain ${key}`);
  return domain;
}
