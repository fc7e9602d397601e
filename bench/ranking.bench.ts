// Ranking cost per keystroke over 2,000 generated items. Prints numbers only; never asserts.
// Run: npm run bench ranking
import { performance } from 'node:perf_hooks';
import { createRanker } from '../utils/feed/rank-items';
import type { FeedItem } from '../utils/feed/feed-item';

const ITEM_COUNT = 2000;

// Deterministic PRNG (mulberry32) so runs are comparable.
let seed = 42;
function random(): number {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;

const TOPICS = {
  fr: ['recrutement', 'hydrogène vert', 'éolien en mer', 'cybersécurité', 'intelligence artificielle', 'résultats annuels', 'partenariat', 'salon', 'stagiaires', 'sobriété énergétique', 'réseau électrique', 'batteries', 'diversité', 'formation', 'innovation'],
  en: ['hiring', 'green hydrogen', 'offshore wind', 'cybersecurity', 'artificial intelligence', 'annual results', 'partnership', 'trade show', 'interns', 'energy efficiency', 'power grid', 'batteries', 'diversity', 'training', 'innovation'],
} as const;
const VERBS = {
  fr: ['annonce', 'lance', 'inaugure', 'renforce', 'publie', 'accélère', 'célèbre', 'teste'],
  en: ['announces', 'launches', 'opens', 'strengthens', 'publishes', 'accelerates', 'celebrates', 'pilots'],
} as const;
const PLACES = ['Lyon', 'Grenoble', 'Nantes', 'Montréal', 'Hambourg', 'Bilbao', 'Toulouse', 'Lille'];
const FILLER = {
  fr: 'Les équipes d’Alpinéa travaillent avec les collectivités et les industriels pour réduire les émissions, former de nouveaux talents et livrer des projets utiles au territoire.',
  en: 'Alpinéa teams work with cities and manufacturers to cut emissions, train new talent and deliver projects that matter to the region.',
} as const;

const now = Date.UTC(2026, 10, 27);
const items: FeedItem[] = Array.from({ length: ITEM_COUNT }, (_, i) => {
  const lang = random() < 0.5 ? 'fr' : 'en';
  const topic = pick(TOPICS[lang]);
  const other = pick(TOPICS[lang]);
  const title = `Alpinéa ${pick(VERBS[lang])} ${topic} à ${pick(PLACES)}`;
  return {
    id: `item-${i}`,
    title,
    url: `https://newsroom.alpinea.example/${lang}/${i}`,
    summary: `${title}. ${other}. ${FILLER[lang]}`,
    published: new Date(now - Math.floor(random() * 240) * 86_400_000).toISOString(),
    tags: [topic, other],
    language: lang,
    source: 'https://newsroom.alpinea.example/feed.json',
  };
});

const DRAFTS = [
  'Fier de voir notre équipe de Grenoble lancer le pilote hydrogène vert : ce qui m’a marqué, c’est la rapidité du chantier.',
  'I learned a lot working on the offshore wind project in Nantes. What surprised me most was how the cybersecurity team joined early.',
  'On recrute des stagiaires en intelligence artificielle, partagez autour de vous !',
  'Our annual results are out. In my view the energy efficiency story matters more than the headline number.',
];

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}
function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? Number.NaN;
}

const buildStart = performance.now();
const ranker = createRanker(items);
const buildMs = performance.now() - buildStart;

const options = { interests: ['cybersécurité', 'hydrogen'], sharedItemIds: new Set(['item-1', 'item-2']), now, limit: 10 };
// Warm up the JIT, as a long-lived panel would be.
for (const draft of DRAFTS) ranker.rank({ ...options, draft });

const perKeystroke: number[] = [];
// CPU time too: on a busy machine wall time includes waiting for a core.
const cpuPerKeystroke: number[] = [];
for (const draft of DRAFTS) {
  // One update per typed character, as the panel does (without its debounce).
  for (let end = 1; end <= draft.length; end += 1) {
    const cpu = process.cpuUsage();
    const start = performance.now();
    ranker.rank({ ...options, draft: draft.slice(0, end) });
    perKeystroke.push(performance.now() - start);
    const used = process.cpuUsage(cpu);
    cpuPerKeystroke.push((used.user + used.system) / 1000);
  }
}
const emptyDraft: number[] = [];
for (let i = 0; i < 50; i += 1) {
  const start = performance.now();
  ranker.rank({ ...options, draft: '' });
  emptyDraft.push(performance.now() - start);
}

const ms = (value: number): string => `${value.toFixed(3)} ms`;
console.log(`items: ${ITEM_COUNT}`);
console.log(`index build (once per item set): ${ms(buildMs)}`);
console.log(`updates measured: ${perKeystroke.length}`);
console.log(`median per update: ${ms(median(perKeystroke))}`);
console.log(`p95 per update: ${ms(percentile(perKeystroke, 0.95))}`);
console.log(`max per update: ${ms(Math.max(...perKeystroke))}`);
console.log(`median CPU time per update: ${ms(median(cpuPerKeystroke))}`);
console.log(`median per update, empty draft (latest): ${ms(median(emptyDraft))}`);
