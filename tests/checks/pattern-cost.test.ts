import { describe, expect, it } from 'vitest';
import { rules } from '../../utils/checks';

// A case-insensitive Unicode pattern (/iu) closes every character class over case when V8 compiles it, and a letter
// class ([\p{L}]) is most of Unicode: each one cost about 0.25 ms to compile, twice (bytecode, then native code), and the
// rules had 272 of them, met by a content script's first call on a pasted draft (2026-12-04). Written [^\P{L}], the
// class is the complement of a complement, which V8 closes over case at a fifth of the cost. It reads the same letters
// as [\p{L}] everywhere but four Greek iotas (U+0345, U+0399, U+03B9, U+1FBE), which case-folding relates to a
// non-letter; no French or English post needs them.
const CASE_CLOSED_LETTERS = /\[\\p\{[LN]\}\]/;

describe('pattern cost', () => {
  it('spells a lone letter or digit class of a case-insensitive Unicode pattern as a double negation', () => {
    const costly = rules.flatMap((rule) =>
      rule.patterns
        .filter((pattern) => pattern.flags.includes('i') && (pattern.flags.includes('u') || pattern.flags.includes('v')) && CASE_CLOSED_LETTERS.test(pattern.source))
        .map((pattern) => `${rule.id}: /${pattern.source.slice(0, 60)}…/${pattern.flags}`),
    );
    expect(costly).toEqual([]);
  });

  it('reads the same letters either way, but the Greek iotas', () => {
    const differing: number[] = [];
    const lone = /^[\p{L}]$/iu;
    const doubled = /^[^\P{L}]$/iu;
    for (let point = 0; point < 0x110000; point += 1) {
      if (point >= 0xd800 && point <= 0xdfff) continue;
      const character = String.fromCodePoint(point);
      if (lone.test(character) !== doubled.test(character)) differing.push(point);
    }
    expect(differing).toEqual([0x345, 0x399, 0x3b9, 0x1fbe]);
  });
});
