// Time of runChecks on typical, dense and adversarial drafts. Prints numbers only (no assertions).
// Targets: < 1 ms for 3,000 characters (dense with findings too), < 30 ms for 100 KB of adversarial
// input, cold (first call in a fresh process, as a content script meets a pasted text).
// Run: npm run bench checks [-- --warm | --cold | --fresh | --rules | --warmed]
// --warmed: each cold process first runs the panel's idle warm-up (warmUpChecks), as a content script does once its
// first panel shows: the first paste after it.
// One cold input, rule by rule: node --import tsx bench/checks.bench.ts --cold-one <input> --by-rule [--warmed]
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { rules, runChecks } from '../utils/checks';
import type { CheckContext } from '../utils/checks/types';
import { warmUpChecks } from '../utils/draft/warm-up-checks';
// The policy alone, not the labelled posts: loading hundreds of posts just before a cold call left them
// in the young generation, and the call's first scavenge copied them (5-30 ms of the figure, 2026-12-02).
import { CORPUS_POLICY } from '../tests/corpus/corpus-types';

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

// A careless paste: several findings of every category in 3,000 characters.
const DENSE_SENTENCES = [
  'CONFIDENTIEL – do not share. ',
  'Orion and Project Kestrel go live for Globex and Initech next month. ',
  'Staging: postgres://app:Xq9!vR2mT@db.acme.internal:5432/main and https://intranet.acme.com/wiki/launch, token: 9fK2qX7vLm3Rt8Wz1Yb4 ',
  'key AKIAZ7XQ4N2M5P8R3T6W, ghp_8fKd93LmQz7XcVb2Nn4Rt6Yw1Pa0Se5Uh9Jk, mdp : Soleil2024! ',
  'Call me at 06 12 34 56 78, +44 20 7946 0958 or (415) 555-2671, mail marie.lefevre@acme.com or jean [at] acme-corp.fr. ',
  'IBAN FR76 3000 6000 0112 3456 7890 189, card 4111 1111 1111 1111, NIR 1 85 05 78 006 084 91. ',
  'Between us, Q3 revenue will hit €12M and EBITDA 22%, not announced yet. ',
  'HUGE NEWS!!! 𝗕𝗶𝗴 𝗱𝗮𝘆 https://acme.com/news?utm_source=x&utm_campaign=leak #launch #orion #globex #fintech #sales #wow ',
  'Hôpital Sainte-Claire signed, budget 4,5 M€ validé en comité, pas encore public. ',
];
function densePost(length: number): string {
  let text = '';
  for (let index = 0; text.length < length; index += 1) text += DENSE_SENTENCES[index % DENSE_SENTENCES.length];
  return text.slice(0, length);
}

/** Adversarial inputs, each one kind of trouble repeated to 100 KB, and all of them mixed. */
const ADVERSARIAL_PIECES: Record<string, string> = {
  letters: 'a'.repeat(5000),
  'spaced-digits': '1 ',
  'jwt-like': 'eyJ',
  'openai-like': 'sk-',
  ats: '@',
  'dotted-letters': 'a.',
  'obfuscated-at': '[at] ',
  'iban-like': 'FR76 ',
  'card-like': '4111 ',
  caps: 'WE ARE ',
  hashtags: '#a',
  'url-like': 'http://a.',
  'password-like': 'password: ',
  'fancy-text': '𝗯',
  dashes: '-',
  'dotted-digits': '0.',
  amounts: '€1 ',
  codenames: 'Orion ',
  'spelled-email': 'a at b dot ',
  newlines: '\n',
  'tracking-links': 'https://a.co/?utm_source=x&',
  'phone-like': '+33 6',
  'phone-spaced': '06 12 34 56 78 ',
  'phone-dotted': '06.12.34.56.78 ',
  'phone-dashed': '06-12-34-56-78 ',
  'dotted-email-like': 'a.b.c.d.e@f.g.h ',
  'digit-dots-spaces': '1.2 3,4 ',
  'uk-phone-like': '(+44) 20 ',
  'token-like': 'token: aB3',
  // A pasted contact list: every line a real finding (valid numbers and addresses), not one long run.
  'phone-list': '+33 6 12 34 56 78\n',
  'email-list': 'jean.dupont@acme.fr, ',
};
function repeatTo(piece: string, length: number): string {
  return piece.repeat(Math.ceil(length / piece.length)).slice(0, length);
}
// The mixed input, unchanged since the first bench so warm figures stay comparable.
const MIXED_PIECES = [
  'a'.repeat(5000), '1 '.repeat(2500), 'eyJ'.repeat(1500), 'sk-'.repeat(1500), '@'.repeat(3000), 'a.'.repeat(2500),
  '[at] '.repeat(1000), 'FR76 '.repeat(1000), '4111 '.repeat(1000), 'WE ARE '.repeat(700), '#a'.repeat(2500),
  'http://a.'.repeat(500), 'password: '.repeat(500), '𝗯'.repeat(2000), '-'.repeat(5000), '0.'.repeat(2500),
  '€1 '.repeat(1500), 'Orion '.repeat(800), 'a at b dot '.repeat(400), '\n'.repeat(3000), 'https://a.co/?utm_source=x&'.repeat(200), '+33 6'.repeat(1000),
];
function mixed(length: number): string {
  let text = '';
  for (let index = 0; text.length < length; index += 1) text += MIXED_PIECES[index % MIXED_PIECES.length];
  return text.slice(0, length);
}
function adversarialInput(name: string): string {
  return name === 'mixed' ? mixed(100_000) : repeatTo(ADVERSARIAL_PIECES[name] as string, 100_000);
}
const ADVERSARIAL_NAMES = ['mixed', ...Object.keys(ADVERSARIAL_PIECES)];

// Prose that repeats nothing, as a real post does: a pasted draft's words are mostly new to the checks, and each
// distinct 1- to 4-word run is hashed when the policy lists hashed names. Seeded, so every run reads the same text.
const VARIED_WORDS = (
  'we our team the a new this week after months of work with customers and partners in Lyon Paris Berlin shipped ' +
  'launched tested onboarding flow dashboard release feedback thanks everyone who helped us grow learn build share ' +
  'nous notre équipe une nouvelle semaine après des mois de travail avec les clients et partenaires à lancé testé ' +
  'merci à tous ceux qui ont aidé grandir apprendre construire partager conférence salon atelier retour expérience ' +
  'product design research data privacy security cloud platform mobile app users market growth strategy future ' +
  'produit recherche données sécurité plateforme utilisateurs marché croissance stratégie avenir projet programme'
).split(' ');
function varied(length: number): string {
  let seed = 20_261_204;
  const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
  let text = '';
  for (let words = 1; text.length < length; words += 1) {
    text += VARIED_WORDS[Math.floor(next() * VARIED_WORDS.length)] as string;
    text += words % 11 === 0 ? '. ' : words % 5 === 0 ? ', ' : ' ';
  }
  return text.slice(0, length);
}
// Drafts as people paste them, met by a first call too (the panel's idle warm-up may not have run yet).
const COLD_DRAFTS: Record<string, () => string> = {
  'post 280': () => post(280),
  'post 3,000': () => post(3000),
  'varied 3,000': () => varied(3000),
  'dense 3,000': () => densePost(3000),
};
function coldInput(name: string): string {
  const draft = COLD_DRAFTS[name];
  return draft ? draft() : adversarialInput(name);
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

function warm(): void {
  const cases: [string, string, number][] = [
    ['280 characters', post(280), 500],
    ['3,000 characters', post(3000), 200],
    ['3,000 dense', densePost(3000), 200],
    ['25,000 characters', post(25_000), 40],
    ['100 KB adversarial', adversarialInput('mixed'), 10],
  ];
  console.log('warm (median of repeated calls, after 300 ms of the same calls so the engine has optimised them):');
  for (const [label, text, iterations] of cases) {
    // Warm: a content script checks every keystroke, so its rules run optimised after the first seconds of typing.
    for (const until = performance.now() + 300; performance.now() < until; ) runChecks(text, context);
    const drafts = fresh ? variants(text, iterations) : [];
    let run = 0;
    const time = median(() => runChecks(fresh ? (drafts[run++] as string) : text, context), iterations);
    console.log(`  ${label.padEnd(20)} median ${time.toFixed(3)} ms${fresh ? ' (a new draft each run)' : ''}`);
  }
}

// Cold: one fresh process per input; the child builds its input, then times its very first runChecks
// (module code is loaded, but nothing has run yet: regex compilation, metadata, segmenters all count).
// Wall time is what a person waits; CPU time (process.cpuUsage) is steadier on a shared, loaded machine.
const COLD_RUNS = 3;

/**
 * CPU time of this process's main thread in ms (Linux: its schedstat, in ns), NaN elsewhere. Unlike wall
 * time it leaves out the time other processes held the core; unlike process.cpuUsage it leaves out the
 * compiler and collector threads. The steadiest figure on a shared machine.
 */
function mainThreadCpu(): number {
  try {
    return Number(readFileSync(`/proc/self/task/${process.pid}/schedstat`, 'utf8').split(' ')[0]) / 1e6;
  } catch {
    return Number.NaN;
  }
}
const warmed = process.argv.includes('--warmed');
function cold(): void {
  console.log(
    `cold (fresh process, first call${warmed ? ' after the panel\'s idle warm-up' : ''}; median of ${COLD_RUNS} processes per 100 KB input): wall / cpu / main-thread cpu ms; load ${loadavg()[0].toFixed(2)}`,
  );
  const self = fileURLToPath(import.meta.url);
  let worstWall = 0;
  let worstCpu = 0;
  let worstMain = 0;
  const middle = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;
  for (const name of [...ADVERSARIAL_NAMES, ...Object.keys(COLD_DRAFTS)]) {
    if (name === 'post 280') console.log('  drafts as pasted (no goal of their own; a person feels these first):');
    const walls: number[] = [];
    const cpus: number[] = [];
    const mains: number[] = [];
    for (let run = 0; run < COLD_RUNS; run += 1) {
      const child = spawnSync(process.execPath, ['--import', 'tsx', self, '--cold-one', name, ...(warmed ? ['--warmed'] : [])], { encoding: 'utf8' });
      if (child.status !== 0) throw new Error(`cold run of ${name} failed: ${child.stderr}`);
      const [wall, cpu, main] = child.stdout.trim().split(' ').map(Number) as [number, number, number];
      walls.push(wall);
      cpus.push(cpu);
      mains.push(main);
    }
    const wall = middle(walls);
    const cpu = middle(cpus);
    const main = middle(mains);
    if (name in COLD_DRAFTS) {
      console.log(`  ${name.padEnd(20)} ${wall.toFixed(1).padStart(6)} / ${cpu.toFixed(1).padStart(6)} / ${main.toFixed(1).padStart(6)}`);
      continue;
    }
    worstWall = Math.max(worstWall, wall);
    worstCpu = Math.max(worstCpu, cpu);
    worstMain = Math.max(worstMain, main);
    console.log(`  ${name.padEnd(20)} ${wall.toFixed(1).padStart(6)} / ${cpu.toFixed(1).padStart(6)} / ${main.toFixed(1).padStart(6)}`);
    if (name === ADVERSARIAL_NAMES[ADVERSARIAL_NAMES.length - 1]) {
      console.log(`  ${'worst 100 KB'.padEnd(20)} ${worstWall.toFixed(1).padStart(6)} / ${worstCpu.toFixed(1).padStart(6)} / ${worstMain.toFixed(1).padStart(6)} (goal 30)`);
    }
  }
  console.log(`  load ${loadavg()[0].toFixed(2)}`);
}

const coldOne = process.argv.indexOf('--cold-one');
if (coldOne >= 0 && process.argv.includes('--by-rule')) {
  // Where a first call's time goes: each rule's own first call, in runChecks' order (profiling aid).
  const text = coldInput(process.argv[coldOne + 1] as string);
  if (warmed) warmUpChecks(context);
  for (const rule of rules) {
    const thread = mainThreadCpu();
    const start = performance.now();
    rule.check(text, context);
    console.log(`${rule.id.padEnd(22)} ${(performance.now() - start).toFixed(1)} ms (cpu ${(mainThreadCpu() - thread).toFixed(1)})`);
  }
} else if (coldOne >= 0) {
  const text = coldInput(process.argv[coldOne + 1] as string);
  if (warmed) warmUpChecks(context);
  const cpu = process.cpuUsage();
  const thread = mainThreadCpu();
  const start = performance.now();
  runChecks(text, context);
  const wall = performance.now() - start;
  const used = process.cpuUsage(cpu);
  console.log(`${wall} ${(used.user + used.system) / 1000} ${mainThreadCpu() - thread}`);
} else {
  if (!process.argv.includes('--cold')) warm();
  if (!process.argv.includes('--warm')) cold();
  if (process.argv.includes('--rules')) {
    const text = adversarialInput('mixed');
    const dense = densePost(3000);
    for (const rule of rules) {
      const adversarial = median(() => rule.check(text, context), 3);
      const onDense = median(() => rule.check(dense, context), 200);
      console.log(`  ${rule.id.padEnd(22)} ${adversarial.toFixed(2)} ms (100 KB adversarial)  ${onDense.toFixed(3)} ms (3,000 dense)`);
    }
  }
}
