import { CONFIDENTIALITY_CATEGORIES, HYGIENE_CATEGORIES } from '../../utils/checks/types';
import { CORPUS, CORPUS_POLICY } from '../corpus';
import { formatScore, scoreCorpus } from '../corpus/score';

// False alarms cost trust: the engine must stay accurate on the labelled corpus
// (npx tsx scripts/score-checks.ts --errors shows what it gets wrong).
describe('labelled corpus', () => {
  const score = scoreCorpus(CORPUS, CORPUS_POLICY);

  test('is big and varied enough to mean something', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(200);
    expect(score.cleanPosts / CORPUS.length).toBeGreaterThan(1 / 3);
    expect(new Set(CORPUS.map((post) => post.lang))).toEqual(new Set(['fr', 'en', 'mixed']));
    for (const category of [...CONFIDENTIALITY_CATEGORIES, ...HYGIENE_CATEGORIES]) {
      expect(CORPUS.filter((post) => post.labels.includes(category)).length, category).toBeGreaterThanOrEqual(5);
    }
    expect(new Set(CORPUS.map((post) => post.id)).size).toBe(CORPUS.length);
  });

  test('macro F1 >= 0.95, no category under 0.90, < 2% of clean posts flagged', () => {
    const report = formatScore(score, CORPUS.length);
    expect(score.macroF1, report).toBeGreaterThanOrEqual(0.95);
    for (const entry of score.categories) expect(entry.f1, `${entry.category}\n${report}`).toBeGreaterThanOrEqual(0.9);
    expect(score.cleanFlagRate, report).toBeLessThan(0.02);
  });
});
