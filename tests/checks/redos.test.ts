import { checkSync, type Parameters } from 'recheck';
import { rules } from '../../utils/checks';
import { WORD_PATTERN } from '../../utils/text/words';

// Every regular expression a rule runs must match in linear time: a post is attacker-controlled text
// (a pasted document, a crafted comment) and the checks run on every keystroke.
const patterns = [
  ...rules.flatMap((rule) => rule.patterns.map((pattern) => ({ owner: rule.id, pattern }))),
  { owner: 'text/words', pattern: WORD_PATTERN },
];

// Our patterns use lookbehinds, so recheck falls back to its fuzz checker. The fuzzer confirms a
// candidate by timing a real match, so a busy machine (vitest runs files in parallel) can report a
// fixed-length pattern as vulnerable. Checks run one at a time with a fixed seed, and a non-safe
// verdict is re-checked: a real ReDoS is found every time, a timing fluke is not.
const PARAMS: Parameters = { timeout: 20_000, randomSeed: 7, maxIteration: 3 };
const ATTEMPTS = 3;

function verdict(pattern: RegExp): string {
  let status = 'unknown';
  for (let attempt = 0; attempt < ATTEMPTS && status !== 'safe'; attempt += 1) {
    status = checkSync(pattern.source, pattern.flags.replace('g', ''), { ...PARAMS, randomSeed: 7 + attempt }).status;
  }
  return status;
}

test('rules expose their patterns', () => {
  expect(patterns.length).toBeGreaterThan(40);
  for (const { pattern } of patterns) expect(pattern).toBeInstanceOf(RegExp);
});

test(
  'every pattern is safe according to recheck',
  () => {
    const unsafe = patterns
      .map(({ owner, pattern }) => ({ owner, source: pattern.source, status: verdict(pattern) }))
      .filter((result) => result.status !== 'safe');
    expect(unsafe).toEqual([]);
  },
  180_000,
);
