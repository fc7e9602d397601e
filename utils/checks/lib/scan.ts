/** A regular expression match with its offsets. */
export interface Span {
  start: number;
  end: number;
  text: string;
  groups: ReadonlyArray<string | undefined>;
}

/**
 * All matches of a global pattern, as spans. The pattern must carry the g flag.
 * Runs exec on the pattern itself (lastIndex from 0, reset after) rather than matchAll, which clones
 * the pattern and allocates an iterator on every call.
 */
export function scan(pattern: RegExp, text: string): Span[] {
  if (!pattern.global) throw new Error(`scan needs a global pattern: ${pattern}`);
  const spans: Span[] = [];
  pattern.lastIndex = 0;
  try {
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      const found = match[0];
      if (found.length === 0) {
        // As matchAll does: step over an empty match (a whole code point in unicode mode).
        pattern.lastIndex = advance(text, pattern.lastIndex, pattern.unicode || pattern.unicodeSets);
        continue;
      }
      spans.push({ start: match.index, end: match.index + found.length, text: found, groups: match.slice(1) });
    }
  } finally {
    pattern.lastIndex = 0;
  }
  return spans;
}

/**
 * Matches of a global pattern that start inside `ranges` (sorted by start, disjoint): scan() restricted
 * to the parts of a draft worth looking at. Lookbehinds still see the text before each range.
 */
export function scanWithin(pattern: RegExp, text: string, ranges: readonly { start: number; end: number }[]): Span[] {
  if (!pattern.global) throw new Error(`scanWithin needs a global pattern: ${pattern}`);
  const spans: Span[] = [];
  try {
    for (const range of ranges) {
      pattern.lastIndex = range.start;
      for (let match = pattern.exec(text); match && match.index < range.end; match = pattern.exec(text)) {
        const found = match[0];
        if (found.length === 0) {
          pattern.lastIndex = advance(text, pattern.lastIndex, pattern.unicode || pattern.unicodeSets);
          continue;
        }
        spans.push({ start: match.index, end: match.index + found.length, text: found, groups: match.slice(1) });
      }
    }
  } finally {
    pattern.lastIndex = 0;
  }
  return spans;
}

function advance(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const code = text.charCodeAt(index);
  const next = text.charCodeAt(index + 1);
  return code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? index + 2 : index + 1;
}

/** Keeps spans that do not overlap an earlier kept one (input in priority order). */
export function withoutOverlaps<T extends { start: number; end: number }>(spans: readonly T[]): T[] {
  const kept: T[] = [];
  const index = new DisjointSpans();
  for (const span of spans) {
    if (index.overlaps(span)) continue;
    index.add(span);
    kept.push(span);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * Pairwise non-overlapping spans (overlap: a.start < b.end && b.start < a.end), kept sorted by start then
 * end, so their ends are sorted too: an overlap test is one binary search instead of a walk over every
 * span kept so far (quadratic on drafts with thousands of candidates).
 */
export class DisjointSpans {
  private readonly spans: { start: number; end: number }[] = [];

  /** Whether `span` overlaps a span of the set. */
  overlaps(span: { start: number; end: number }): boolean {
    // Spans starting before span.end: a prefix. Its last one has the largest end.
    const before = this.spans[this.countStartingBefore(span.end) - 1];
    return before !== undefined && span.start < before.end && before.start < span.end;
  }

  /** Adds a span that overlaps none of the set (check with overlaps first). */
  add(span: { start: number; end: number }): void {
    let low = 0;
    let high = this.spans.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      const other = this.spans[middle] as { start: number; end: number };
      if (other.start < span.start || (other.start === span.start && other.end <= span.end)) low = middle + 1;
      else high = middle;
    }
    if (low === this.spans.length) this.spans.push(span);
    else this.spans.splice(low, 0, span);
  }

  private countStartingBefore(position: number): number {
    let low = 0;
    let high = this.spans.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((this.spans[middle] as { start: number }).start < position) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}
