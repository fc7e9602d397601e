import fc from 'fast-check';
import { financialFigure } from '../../utils/checks/financial-figure';
import { matchesAt, runStartBefore, scan, scanWithin, withoutOverlaps } from '../../utils/checks/lib/scan';
import { sentences } from '../../utils/text/sentences';
import { CORPUS } from '../corpus';

// The reference: keep a span unless it overlaps one kept before it.
function naive<T extends { start: number; end: number }>(spans: readonly T[]): T[] {
  const kept: T[] = [];
  for (const span of spans) if (!kept.some((other) => span.start < other.end && other.start < span.end)) kept.push(span);
  return kept.sort((a, b) => a.start - b.start);
}

test('withoutOverlaps keeps the same spans as a walk over every kept span', () => {
  const span = fc.tuple(fc.nat(30), fc.nat(6)).map(([start, length]) => ({ start, end: start + length }));
  fc.assert(
    fc.property(fc.array(span, { maxLength: 20 }), (spans) => {
      expect(withoutOverlaps(spans)).toEqual(naive(spans));
    }),
    { numRuns: 3000 },
  );
});

test('withoutOverlaps stays fast on thousands of spans', () => {
  const spans = Array.from({ length: 20_000 }, (_value, index) => ({ start: index * 3, end: index * 3 + 2 }));
  const started = performance.now();
  expect(withoutOverlaps([...spans, ...spans])).toHaveLength(20_000);
  expect(performance.now() - started).toBeLessThan(1000);
});

test('scan matches matchAll, including empty matches and lastIndex left over', () => {
  const pattern = /a*|\p{L}/gu;
  pattern.lastIndex = 3;
  const text = 'baaé𝗯a';
  const expected = [...text.matchAll(new RegExp(pattern.source, pattern.flags))]
    .filter((match) => match[0].length > 0)
    .map((match) => ({ start: match.index, end: match.index + match[0].length, text: match[0], groups: match.slice(1) }));
  expect(scan(pattern, text)).toEqual(expected);
  expect(pattern.lastIndex).toBe(0);
});

test('scanWithin finds, inside each range, what scan finds there', () => {
  for (const { text } of CORPUS) {
    const ranges = sentences(text);
    for (const pattern of financialFigure.patterns.filter((candidate) => candidate.global)) {
      const inside = (span: { start: number; end: number }) => ranges.some((range) => span.start >= range.start && span.end <= range.end);
      expect(scanWithin(pattern, text, ranges).filter(inside), text).toEqual(scan(pattern, text).filter(inside));
    }
  }
});

test('matchesAt, tried where a backward walk from each anchor says a match can start, finds what scan finds', () => {
  // A scheme-like run before "://", as credentials-in-url reads it: the lookbehind allows no other start.
  const global = /(?<![a-z0-9.])[a-z][a-z0-9.]{1,5}:\/\/([a-z]{0,3}):([a-z0-9]{1,4})@[a-z.]{1,8}/g;
  const sticky = new RegExp(global.source, 'y');
  const isRunCharacter = (code: number) => (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 46;
  function* starts(text: string) {
    for (let at = text.indexOf('://'); at >= 0; at = text.indexOf('://', at + 3)) yield runStartBefore(text, at, 6, isRunCharacter);
  }
  const piece = fc.constantFrom('ab', 'x.y', '3', '://', ':', 'u', 'p1', '@', 'h.io', ' ', 'abcdefgh', '/');
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 14 }), (pieces) => {
      const text = pieces.join('');
      expect(matchesAt(sticky, text, starts(text))).toEqual(scan(global, text));
      expect(sticky.lastIndex).toBe(0);
    }),
    { numRuns: 3000 },
  );
});

