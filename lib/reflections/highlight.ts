/**
 * Splits a reflection into plain and highlighted segments from the tagger's evidence spans,
 * so the page can render each segment as text (inside <mark> when highlighted) and never
 * has to build HTML from the client's words. Pure.
 */

export interface SpanLike {
  start: number;
  end: number;
}

export interface TextSegment {
  text: string;
  start: number;
  end: number;
  /** The causes and flags this part of the text is evidence for; empty for plain text. */
  labels: string[];
}

interface Region {
  start: number;
  end: number;
  labels: Set<string>;
}

function isHigh(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLow(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** True when `index` falls between the two halves of a surrogate pair (an emoji, say). */
function splitsPair(text: string, index: number): boolean {
  return index > 0 && index < text.length && isHigh(text.charCodeAt(index - 1)) && isLow(text.charCodeAt(index));
}

/** Clamps a span into the text and widens it so it never cuts a surrogate pair in half. */
function clampSpan(text: string, span: SpanLike): SpanLike | null {
  if (typeof span.start !== "number" || typeof span.end !== "number" || !Number.isFinite(span.start) || !Number.isFinite(span.end)) return null;
  let start = Math.max(0, Math.min(text.length, Math.floor(span.start)));
  let end = Math.max(0, Math.min(text.length, Math.ceil(span.end)));
  if (splitsPair(text, start)) start -= 1;
  if (splitsPair(text, end)) end += 1;
  return end > start ? { start, end } : null;
}

/**
 * `evidence` maps a cause or flag to the spans that support it. Spans outside the text are
 * clamped (or dropped when nothing is left); overlapping spans merge into one highlighted
 * segment carrying every label involved. Labels come out in the order given by `order`
 * (then alphabetically), so the same evidence always reads the same way.
 */
export function highlightSegments(
  text: string,
  evidence: Readonly<Record<string, readonly SpanLike[] | undefined>>,
  order: readonly string[] = [],
): TextSegment[] {
  const spans: Region[] = [];
  for (const [label, list] of Object.entries(evidence)) {
    if (!Array.isArray(list)) continue;
    for (const raw of list) {
      if (!raw || typeof raw !== "object") continue;
      const span = clampSpan(text, raw);
      if (span) spans.push({ ...span, labels: new Set([label]) });
    }
  }
  spans.sort((a, b) => a.start - b.start || a.end - b.end);

  const merged: Region[] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && span.start < last.end) {
      last.end = Math.max(last.end, span.end);
      for (const label of span.labels) last.labels.add(label);
    } else {
      merged.push({ start: span.start, end: span.end, labels: new Set(span.labels) });
    }
  }

  const rank = (label: string) => {
    const index = order.indexOf(label);
    return index === -1 ? order.length : index;
  };
  const sortLabels = (labels: Set<string>) => [...labels].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));

  const segments: TextSegment[] = [];
  let cursor = 0;
  for (const region of merged) {
    if (region.start > cursor) segments.push({ text: text.slice(cursor, region.start), start: cursor, end: region.start, labels: [] });
    segments.push({ text: text.slice(region.start, region.end), start: region.start, end: region.end, labels: sortLabels(region.labels) });
    cursor = region.end;
  }
  if (cursor < text.length || segments.length === 0) segments.push({ text: text.slice(cursor), start: cursor, end: text.length, labels: [] });
  return segments;
}
