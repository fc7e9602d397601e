import fc from 'fast-check';
import { hashTerm } from '../../utils/policy';
import type { TermEntry } from '../../utils/policy/policy-schema';
import { MAX_HASHED_WORDS, matchTerms, type TermMatch } from '../../utils/text/match-terms';
import { normaliseTerm, words } from '../../utils/text/words';

describe('matchTerms', () => {
  test.each([
    ['Le projet ORION avance', ['ORION']],
    ['Orionis is a star', []],
    ['la SOCIÉTÉ  générique signe', ['SOCIÉTÉ  générique']],
    ['societe-generique', ['societe-generique']],
  ])('%s', (text, expected) => {
    const found = matchTerms(text, ['Orion', 'Société Générique'], '');
    expect(found.map((match) => text.slice(match.start, match.end))).toEqual(expected);
  });

  test('matches hashed names of up to four words, mapping offsets back', () => {
    const text = 'Bravo à l’équipe ATLAS  Bleu et au Grand Projet Du Nord !';
    const entries = [{ sha256: hashTerm('Atlas Bleu', 'k') }, `sha256:${hashTerm('grand projet du nord', 'k')}`];
    const found = matchTerms(text, entries, 'k');
    expect(found.map((match) => text.slice(match.start, match.end))).toEqual(['ATLAS  Bleu', 'Grand Projet Du Nord']);
    expect(found[0]?.term).toBeUndefined();
  });

  test('finds every occurrence in a text that repeats the same run of words (n-grams reused from an earlier position)', () => {
    const run = 'go Atlas Bleu go Orion ';
    const text = run.repeat(50) + 'Atlas';
    const found = matchTerms(text, [{ sha256: hashTerm('Atlas Bleu', 'k') }, 'Orion'], 'k');
    expect(found).toHaveLength(100);
    expect(found.filter((match) => text.slice(match.start, match.end) === 'Atlas Bleu')).toHaveLength(50);
    expect(found.at(-1)).toEqual({ start: 49 * run.length + 17, end: 49 * run.length + 22, term: 'orion' });
  });
});

/**
 * The matcher the looked-up words replaced, written plainly: at each word in turn, the longest plain name
 * (folded words compared), else the longest n-gram of up to four words whose hash is listed.
 */
function referenceMatches(text: string, entries: readonly TermEntry[], salt: string): TermMatch[] {
  const list = words(text);
  const plain = entries.filter((entry): entry is string => typeof entry === 'string').map(normaliseTerm);
  const digests = new Set(entries.flatMap((entry) => (typeof entry === 'string' ? [] : [entry.sha256])));
  const found: TermMatch[] = [];
  for (let index = 0; index < list.length; ) {
    let length = 0;
    let term: string | undefined;
    for (const name of plain) {
      const size = name.split(' ').length;
      const gram = list.slice(index, index + size).map((word) => word.folded).join(' ');
      if (index + size <= list.length && gram === name && size > length) [length, term] = [size, name];
    }
    for (let size = MAX_HASHED_WORDS; length === 0 && size >= 1; size -= 1) {
      if (index + size > list.length) continue;
      if (digests.has(hashTerm(list.slice(index, index + size).map((word) => word.folded).join(' '), salt))) length = size;
    }
    if (length === 0) {
      index += 1;
      continue;
    }
    found.push({ start: list[index]!.start, end: list[index + length - 1]!.end, ...(term === undefined ? {} : { term }) });
    index += length;
  }
  return found;
}

test('finds what the word-by-word matcher finds, on seeded random drafts that repeat runs of words', () => {
  const entries: TermEntry[] = ['Orion', 'Project Kestrel', 'Kestrel Demo Day', 'Nébula', { sha256: hashTerm('Atlas Bleu', 's') }, { sha256: hashTerm('go', 's') }];
  const vocabulary = ['Orion', 'orion', 'Project', 'Kestrel', 'Demo', 'Day', 'NÉBULA', 'Atlas', 'Bleu', 'go', 'a', 'the', '1', 'x'];
  const piece = fc.array(fc.constantFrom(...vocabulary), { minLength: 1, maxLength: 12 }).map((parts) => parts.join(' '));
  const draft = fc.array(fc.tuple(piece, fc.integer({ min: 1, max: 40 }), fc.constantFrom(' ', '. ', '\n')), { maxLength: 6 })
    .map((runs) => runs.map(([part, times, separator]) => (part + separator).repeat(times)).join(''));
  fc.assert(
    fc.property(draft, (text) => {
      expect(matchTerms(text, entries, 's')).toEqual(referenceMatches(text, entries, 's'));
    }),
    { seed: 11, numRuns: 300 },
  );
});

test('finds a hashed name that starts inside a repeated run of words and ends after it', () => {
  const entries: TermEntry[] = [{ sha256: hashTerm('a b x', 's') }, { sha256: hashTerm('b a b x', 's') }, { sha256: hashTerm('c x y z', 's') }];
  for (const run of ['a b ', 'b a ', 'c a b ', 'a b c ']) {
    for (let times = 1; times <= 12; times += 1) {
      for (const tail of ['x', 'x y', 'x y z w v', 'c x y z w']) {
        const text = run.repeat(times) + tail;
        expect(matchTerms(text, entries, 's')).toEqual(referenceMatches(text, entries, 's'));
      }
    }
  }
});

describe('matchTerms with joinedOnly: a name is not read across punctuation', () => {
  const entries: TermEntry[] = ['Project Kestrel', 'Hôpital Sainte-Claire', { sha256: hashTerm('Atlas Bleu', 'k') }];
  test.each([
    ['Weekend project: kestrel nest box', []],
    ["L'Atlas, bleu et blanc à perte de vue", []],
    ['Atlas; bleu', []],
    ['Atlas. Bleu est une couleur', []],
    ['Atlas (bleu)', []],
    ['Atlas\nBleu', []],
    ['Atlas « Bleu »', []],
    ['Project Kestrel ships', ['Project Kestrel']],
    ['project-kestrel and atlas_bleu', ['project-kestrel', 'atlas_bleu']],
    ["l'Atlas Bleu, atlas/bleu", ['Atlas Bleu', 'atlas/bleu']],
    ['see atlas.bleu.internal', ['atlas.bleu']],
    ['Hôpital Ste. Claire', []],
    ['Hôpital Sainte-Claire, Hôpital Sainte–Claire', ['Hôpital Sainte-Claire', 'Hôpital Sainte–Claire']],
    ['Atlas\u00a0Bleu, Atlas\u200bBleu', ['Atlas\u00a0Bleu', 'Atlas\u200bBleu']],
  ])('%s', (text, expected) => {
    const found = matchTerms(text, entries, 'k', { joinedOnly: true });
    expect(found.map((match) => text.slice(match.start, match.end))).toEqual(expected);
  });

  test('an abbreviation keeps its full stop ("St. Claire")', () => {
    const text = 'Hôpital Ste. Claire';
    expect(matchTerms(text, ['Hôpital Ste Claire'], '', { joinedOnly: true }).map((match) => text.slice(match.start, match.end))).toEqual([text]);
  });

  test('without joinedOnly, any gap joins (fixed phrases)', () => {
    expect(matchTerms('Weekend project: kestrel', entries, 'k')).toHaveLength(1);
  });

  test('stays linear on a long draft of names broken by punctuation', () => {
    const text = 'Atlas, Bleu; Project: Kestrel. '.repeat(5000);
    matchTerms('warm up', entries, 'k', { joinedOnly: true });
    const started = performance.now();
    expect(matchTerms(text, entries, 'k', { joinedOnly: true })).toEqual([]);
    expect(performance.now() - started).toBeLessThan(500);
  });
});
