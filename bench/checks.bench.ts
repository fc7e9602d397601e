// Median time of runChecks on typical and adversarial drafts. Prints numbers only (no assertions).
// Targets: < 1 ms for 3,000 characters, < 50 ms for 100 KB of adversarial input.
import { rules, runChecks } from '../utils/checks';
import type { CheckContext } from '../utils/checks/types';
import { CORPUS_POLICY } from '../tests/corpus';

const context: CheckContext = { platform: 'linkedin', policy: CORPUS_POLICY, locale: 'en' };

const SENTENCES = [
  'Proud to share that our team shipped the new onboarding flow this week, after months of research with customers. ',
  'Fière de notre équipe : 3 nouveaux clients à Lyon et une belle croissance au premier semestre ! ',
  'Read more on https://acme.com/blog/onboarding?utm_source=linkedin and tell us what you think. ',
  'Huge thanks to @marie and @julien for the keynote at #VivaTech #Innovation #FutureOfWork. ',
  'Over 10,000 customers, version 3.2.1, prices from €9/month, since 2019. ',
];
function post(length: number): string {
  let text = '';
  for (let index = 0; text.length < length; index += 1) text += SENTENCES[index % SENTENCES.length];
  return text.slice(0, length);
}

const ADVERSARIAL_PIECES = [
  'a'.repeat(5000), '1 '.repeat(2500), 'eyJ'.repeat(1500), 'sk-'.repeat(1500), '@'.repeat(3000), 'a.'.repeat(2500),
  '[at] '.repeat(1000), 'FR76 '.repeat(1000), '4111 '.repeat(1000), 'WE ARE '.repeat(700), '#a'.repeat(2500),
  'http://a.'.repeat(500), 'password: '.repeat(500), '𝗯'.repeat(2000), '-'.repeat(5000), '0.'.repeat(2500),
  '€1 '.repeat(1500), 'Orion '.repeat(800), 'a at b dot '.repeat(400), '\n'.repeat(3000), 'https://a.co/?utm_source=x&'.repeat(200), '+33 6'.repeat(1000),
];
function adversarial(length: number): string {
  let text = '';
  for (let index = 0; text.length < length; index += 1) text += ADVERSARIAL_PIECES[index % ADVERSARIAL_PIECES.length];
  return text.slice(0, length);
}

function median(run: () => void, iterations: number): number {
  const times: number[] = [];
  for (let index = 0; index < iterations; index += 1) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? Number.NaN;
}

// --fresh: every run checks a different draft (its end changes, as when typing), so nothing is reused
// from the previous run of the same text. Flat strings, as DOM text is.
const fresh = process.argv.includes('--fresh');
function variants(text: string, count: number): string[] {
  return Array.from({ length: count }, (_value, index) =>
    Buffer.from(text.slice(0, text.length - 1 - (index % 7)) + String.fromCharCode(97 + (index % 26)) + index).toString(),
  );
}

const cases: [string, string, number][] = [
  ['280 characters', post(280), 500],
  ['3,000 characters', post(3000), 200],
  ['25,000 characters', post(25_000), 40],
  ['100 KB adversarial', adversarial(100_000), 10],
];
for (const [, text] of cases.slice(0, 1)) runChecks(text, context); // warm up
for (const [label, text, iterations] of cases) {
  runChecks(text, context);
  const drafts = fresh ? variants(text, iterations) : [];
  let run = 0;
  const time = median(() => runChecks(fresh ? (drafts[run++] as string) : text, context), iterations);
  console.log(`${label.padEnd(20)} median ${time.toFixed(3)} ms${fresh ? ' (a new draft each run)' : ''}`);
}
if (process.argv.includes('--rules')) {
  const text = adversarial(100_000);
  for (const rule of rules) {
    console.log(`  ${rule.id.padEnd(22)} ${median(() => rule.check(text, context), 3).toFixed(2)} ms (100 KB adversarial)`);
  }
}
