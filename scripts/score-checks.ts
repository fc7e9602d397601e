// Scores the check engine on the labelled corpus: per-category precision, recall and F1, macro F1,
// and the share of clean posts flagged.
// Run: npx tsx scripts/score-checks.ts [--errors] [--only <id prefix>]
// `--only blind` scores the held-out set alone (kept out of the tuned corpus); `--only clean` one file of it.
import { CORPUS, CORPUS_POLICY, HELD_OUT_CORPUS } from '../tests/corpus';
import { formatScore, scoreCorpus } from '../tests/corpus/score';

const onlyIndex = process.argv.indexOf('--only');
const prefix = onlyIndex >= 0 ? process.argv[onlyIndex + 1] : undefined;
const posts = prefix ? [...CORPUS, ...HELD_OUT_CORPUS].filter((post) => post.id.startsWith(`${prefix}-`)) : CORPUS;
if (posts.length === 0) {
  console.error(`No post id starts with "${prefix}-".`);
  process.exit(1);
}
const score = scoreCorpus(posts, CORPUS_POLICY);
console.log(formatScore(score, posts.length));
if (process.argv.includes('--errors')) {
  for (const error of score.errors) {
    const post = posts.find((entry) => entry.id === error.id);
    console.log(`\n${error.id} missed=[${error.missed.join(',')}] extra=[${error.extra.join(',')}]\n  ${post?.text.slice(0, 160).replace(/\n/g, '⏎')}`);
  }
}
