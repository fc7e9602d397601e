import { partitionPoint } from '../../partition-point';
import { firstStartingAtOrAfter } from '../../text/sorted-spans';

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
 * Matches of a sticky (y) pattern tried only at the given starts (ascending; a start inside an earlier match is
 * skipped). For a pattern whose every match holds a rare character found natively (":// ", "@") and can start only
 * at one place a short walk back from it finds: a scan would try the pattern at every word of the draft.
 */
export function matchesAt(pattern: RegExp, text: string, starts: Iterable<number>): Span[] {
  if (!pattern.sticky) throw new Error(`matchesAt needs a sticky pattern: ${pattern}`);
  const spans: Span[] = [];
  let taken = 0;
  try {
    for (const start of starts) {
      if (start < taken) continue;
      pattern.lastIndex = start;
      const match = pattern.exec(text);
      if (!match || match[0].length === 0) continue;
      taken = start + match[0].length;
      spans.push({ start, end: taken, text: match[0], groups: match.slice(1) });
    }
  } finally {
    pattern.lastIndex = 0;
  }
  return spans;
}

/**
 * How many anchors an anchored search (matchesAt) takes before a plain scan is cheaper: each anchor costs a short walk
 * in script, which a pasted list of thousands of addresses meets interpreted, on a first call (a 100 kB list of
 * addresses took 46 ms in the email rule, against 22 ms for the regular-expression engine's own scan, 2026-12-02).
 */
export const MOST_ANCHORS = 128;

/** Where a run of characters (`inRun`, by code) ending just before `end` starts, looking back at most `longest`+1 characters. */
export function runStartBefore(text: string, end: number, longest: number, inRun: (code: number) => boolean): number {
  let start = end;
  while (start > 0 && end - start <= longest && inRun(text.charCodeAt(start - 1))) start -= 1;
  return start;
}

/** Characters of context scanWithin keeps on each side of a range, for lookbehinds, lookaheads and the match's tail. */
const RANGE_MARGIN = 32;

/**
 * Matches of a global pattern that start inside `ranges` (sorted by start, disjoint): scan() restricted
 * to the parts of a draft worth looking at. Each range is scanned on its own slice with RANGE_MARGIN
 * characters around it, so a range without a match never scans on to the end of the draft (that
 * would be quadratic over many ranges). Use it for patterns whose lookarounds reach fewer than
 * RANGE_MARGIN characters and whose matches, when they end after a range, only matter if contained in it.
 */
export function scanWithin(pattern: RegExp, text: string, ranges: readonly { start: number; end: number }[]): Span[] {
  if (!pattern.global) throw new Error(`scanWithin needs a global pattern: ${pattern}`);
  const spans: Span[] = [];
  try {
    for (const range of ranges) {
      const from = Math.max(0, range.start - RANGE_MARGIN);
      const part = text.slice(from, Math.min(text.length, range.end + RANGE_MARGIN));
      pattern.lastIndex = range.start - from;
      for (let match = pattern.exec(part); match && match.index + from < range.end; match = pattern.exec(part)) {
        const found = match[0];
        if (found.length === 0) {
          pattern.lastIndex = advance(part, pattern.lastIndex, pattern.unicode || pattern.unicodeSets);
          continue;
        }
        const at = match.index + from;
        spans.push({ start: at, end: at + found.length, text: found, groups: match.slice(1) });
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
    // Spans usually arrive in text order: when the last span starts before span.end it is the one to test.
    const last = this.spans[this.spans.length - 1];
    if (last === undefined) return false;
    if (last.start < span.end) return span.start < last.end;
    // Spans starting before span.end: a prefix. Its last one has the largest end.
    const before = this.spans[this.countStartingBefore(span.end) - 1];
    return before !== undefined && span.start < before.end && before.start < span.end;
  }

  /** Adds a span that overlaps none of the set (check with overlaps first). */
  add(span: { start: number; end: number }): void {
    // In text order (the usual case: a pasted text's thousands of findings), append without a search.
    const last = this.spans[this.spans.length - 1];
    if (last === undefined || last.start < span.start || (last.start === span.start && last.end <= span.end)) {
      this.spans.push(span);
      return;
    }
    const low = partitionPoint(this.spans.length, (index) => {
      const other = this.spans[index] as { start: number; end: number };
      return other.start < span.start || (other.start === span.start && other.end <= span.end);
    });
    if (low === this.spans.length) this.spans.push(span);
    else this.spans.splice(low, 0, span);
  }

  private countStartingBefore(position: number): number {
    return firstStartingAtOrAfter(this.spans, position);
  }
}
