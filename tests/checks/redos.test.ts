import { checkSync, type Parameters } from 'recheck';
import { rules } from '../../utils/checks';
import type { CheckRule } from '../../utils/checks/types';
import { WORD_PATTERN } from '../../utils/text/words';
import { context } from './helpers';

// Every regular expression a rule runs must match in linear time: a post is attacker-controlled text
// (a pasted document, a crafted comment) and the checks run on every keystroke.
// Each pattern once: rules share some (the name rules' public-sense patterns), and a sticky twin of a pattern
// (PASSWORD_PAIR_AT for PASSWORD_PAIR) backtracks as its original does.
const patterns = [
  ...rules.flatMap((rule) => rule.patterns.map((pattern) => ({ owner: rule.id, pattern }))),
  { owner: 'text/words', pattern: WORD_PATTERN },
].filter(({ pattern }, index, all) =>
  all.findIndex((other) => other.pattern.source === pattern.source && other.pattern.flags.replace(/[gy]/g, '') === pattern.flags.replace(/[gy]/g, '')) === index);

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

// What a rule's quantifiers consume, repeated, then what makes a match fail at the last moment: the inputs that
// make a backtracking engine retry from every start (ReDoS), and that a quadratic scan around a regex pays for too.
const FRAGMENTS = ['a', 'A', '1', ' ', '\n', '#', '.', '-', '_', '@', '/', ':', '=', '+', '*', 'é', '😀', 'a1', '1 ', 'a.', 'A ',
  '12 ', '#a', 'a@', 'a.b@', 'http://a.', 'a=', 'FR76 ', '+33 6 ', '4111 ', '1,0', 'AKIA', '-----', 'Orion ', 'utm_'];
const SUFFIX = '!\u0000';

function adversarial(fragment: string, length: number): string {
  return fragment.repeat(Math.ceil(length / fragment.length)).slice(0, length) + SUFFIX;
}

/**
 * Time `rule` takes over every fragment at each length: per text the fastest of five runs (a pause of the machine
 * spoils one run, not the verdict), each run on a slightly different text so that no memo of the last text helps.
 */
function timings(rule: CheckRule, lengths: readonly number[]): number[] {
  return lengths.map((length) =>
    FRAGMENTS.reduce((total, fragment) => {
      let fastest = Infinity;
      for (let run = 0; run < 5; run += 1) {
        const text = adversarial(fragment, length) + run;
        const start = performance.now();
        rule.check(text, context());
        fastest = Math.min(fastest, performance.now() - start);
      }
      return total + fastest;
    }, 0),
  );
}

// A draft is attacker-controlled text up to 100,000 characters, checked on every keystroke: eight times the text may
// cost about eight times the work, not sixty-four. The bound (24x, plus 25 ms of noise) still fails a quadratic rule.
test.each(rules.map((rule) => [rule.id, rule] as const))('%s does linear work on adversarial text', (_id, rule) => {
  const [small = 0, large = 0] = timings(rule, [4_000, 32_000]);
  expect(large).toBeLessThan(24 * small + 25);
});

test('the timing catches a quadratic rule', () => {
  // From every 64th position, a scan to the end for a character that is never there: quadratic, like a regex that
  // retries from every start.
  const quadratic: CheckRule = {
    ...(rules[0] as CheckRule),
    check: (text) => {
      for (let start = 0; start < text.length; start += 64) {
        for (let index = start; index < text.length; index += 1) if (text.charCodeAt(index) === 1) return [];
      }
      return [];
    },
  };
  // Once untimed first: run interpreted, the small texts' time grew nearer the large ones' and hid the quadratic growth
  // when the suite ran on both cores (a failure on 2026-12-04).
  timings(quadratic, [4_000]);
  const [small = 0, large = 0] = timings(quadratic, [4_000, 32_000]);
  expect(large).toBeGreaterThan(24 * small + 25);
});

test(
  'every pattern is safe according to recheck',
  () => {
    expect(patterns.length).toBeGreaterThan(40);
    const unsafe = patterns
      .map(({ owner, pattern }) => ({ owner, source: pattern.source, status: verdict(pattern) }))
      .filter((result) => result.status !== 'safe');
    expect(unsafe).toEqual([]);
  },
  // About 80 s for 380 patterns on a quiet 2-core machine (2026-12-04); other test files run beside it.
  300_000,
);
