// Scores the check engine on the labelled corpus: per-category precision, recall and F1, macro F1,
// and the share of clean posts flagged. Run: npx tsx scripts/score-checks.ts [--errors]
import { CORPUS, CORPUS_POLICY } from '../tests/corpus';
import { formatScore, scoreCorpus } from '../tests/corpus/score';

const score = scoreCorpus(CORPUS, CORPUS_POLICY);
console.log(formatScore(score, CORPUS.length));
if (process.argv.includes('--errors')) {
  for (const error of score.errors) {
    const post = CORPUS.find((entry) => entry.id === error.id);
    console.log(`\n${error.id} missed=[${error.missed.join(',')}] extra=[${error.extra.join(',')}]\n  ${post?.text.slice(0, 160).replace(/\n/g, '⏎')}`);
  }
}
