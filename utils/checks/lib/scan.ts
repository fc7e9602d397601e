/** A regular expression match with its offsets. */
export interface Span {
  start: number;
  end: number;
  text: string;
  groups: ReadonlyArray<string | undefined>;
}

/** All matches of a global pattern, as spans. The pattern must carry the g flag. */
export function scan(pattern: RegExp, text: string): Span[] {
  if (!pattern.global) throw new Error(`scan needs a global pattern: ${pattern}`);
  const spans: Span[] = [];
  for (const match of text.matchAll(pattern)) {
    if (match[0].length === 0) continue;
    spans.push({ start: match.index, end: match.index + match[0].length, text: match[0], groups: match.slice(1) });
  }
  return spans;
}

/** Keeps spans that do not overlap an earlier kept one (input in priority order). */
export function withoutOverlaps<T extends { start: number; end: number }>(spans: readonly T[]): T[] {
  const kept: T[] = [];
  for (const span of spans) {
    if (kept.some((other) => span.start < other.end && other.start < span.end)) continue;
    kept.push(span);
  }
  return kept.sort((a, b) => a.start - b.start);
}
