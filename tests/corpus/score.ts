import { runChecks } from '../../utils/checks';
import {
  CONFIDENTIALITY_CATEGORIES,
  HYGIENE_CATEGORIES,
  type Category,
  type CheckContext,
} from '../../utils/checks/types';
import type { Policy } from '../../utils/policy';
import { CORPUS_COMPANY, type CorpusPost } from './corpus-types';

export interface CategoryScore {
  category: Category;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface CorpusScore {
  categories: CategoryScore[];
  macroF1: number;
  /** Macro F1 over the confidentiality categories alone: the figure the held-out runs of issue 11 report. */
  confidentialityMacroF1: number;
  /** Posts labelled without any confidentiality category on which one was reported. */
  cleanFlagRate: number;
  cleanPosts: number;
  /** Posts with no label at all on which anything was reported. */
  anyFlagRate: number;
  errors: { id: string; missed: Category[]; extra: Category[] }[];
}

const ALL: readonly Category[] = [...CONFIDENTIALITY_CATEGORIES, ...HYGIENE_CATEGORIES];
const CONFIDENTIALITY = new Set<Category>(CONFIDENTIALITY_CATEGORIES);

function ratio(numerator: number, denominator: number): number {
  return denominator === 0 ? 1 : numerator / denominator;
}

/** Scores runChecks per post and category: a category counts once per post, found or not. */
export function scoreCorpus(posts: readonly CorpusPost[], policy: Policy): CorpusScore {
  const counts = new Map(ALL.map((category) => [category, { tp: 0, fp: 0, fn: 0 }]));
  const errors: CorpusScore['errors'] = [];
  let cleanPosts = 0;
  let cleanFlagged = 0;
  let unlabelled = 0;
  let unlabelledFlagged = 0;
  for (const post of posts) {
    const context: CheckContext = { platform: post.platform, policy, locale: post.lang === 'fr' ? 'fr' : 'en', companyContent: CORPUS_COMPANY };
    if (post.attachments) context.attachments = post.attachments;
    if (post.surface) context.surface = post.surface;
    const found = new Set(runChecks(post.text, context).map((finding) => finding.category));
    const expected = new Set(post.labels);
    for (const category of ALL) {
      const count = counts.get(category);
      if (!count) continue;
      if (found.has(category) && expected.has(category)) count.tp += 1;
      else if (found.has(category)) count.fp += 1;
      else if (expected.has(category)) count.fn += 1;
    }
    const missed = [...expected].filter((category) => !found.has(category));
    const extra = [...found].filter((category) => !expected.has(category));
    if (missed.length || extra.length) errors.push({ id: post.id, missed, extra });
    if (![...expected].some((category) => CONFIDENTIALITY.has(category))) {
      cleanPosts += 1;
      if ([...found].some((category) => CONFIDENTIALITY.has(category))) cleanFlagged += 1;
    }
    if (expected.size === 0) {
      unlabelled += 1;
      if (found.size > 0) unlabelledFlagged += 1;
    }
  }
  const categories = ALL.map((category) => {
    const { tp, fp, fn } = counts.get(category) ?? { tp: 0, fp: 0, fn: 0 };
    const precision = ratio(tp, tp + fp);
    const recall = ratio(tp, tp + fn);
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    return { category, truePositives: tp, falsePositives: fp, falseNegatives: fn, precision, recall, f1 };
  });
  const macroF1 = categories.reduce((sum, score) => sum + score.f1, 0) / categories.length;
  const confidentiality = categories.filter((score) => CONFIDENTIALITY.has(score.category));
  const confidentialityMacroF1 = confidentiality.reduce((sum, score) => sum + score.f1, 0) / confidentiality.length;
  return {
    categories,
    macroF1,
    confidentialityMacroF1,
    cleanFlagRate: ratio(cleanFlagged, cleanPosts) === 1 && cleanPosts === 0 ? 0 : cleanFlagged / Math.max(1, cleanPosts),
    cleanPosts,
    anyFlagRate: unlabelledFlagged / Math.max(1, unlabelled),
    errors,
  };
}

/** The score as a plain-text table. */
export function formatScore(score: CorpusScore, postCount: number): string {
  const pad = (value: string, width: number) => value.padEnd(width);
  const pct = (value: number) => value.toFixed(3);
  const lines = [
    `${postCount} posts, ${score.cleanPosts} without confidentiality labels`,
    `${pad('category', 20)} ${pad('P', 6)} ${pad('R', 6)} ${pad('F1', 6)} tp/fp/fn`,
    ...score.categories.map(
      (entry) =>
        `${pad(entry.category, 20)} ${pad(pct(entry.precision), 6)} ${pad(pct(entry.recall), 6)} ${pad(pct(entry.f1), 6)} ${entry.truePositives}/${entry.falsePositives}/${entry.falseNegatives}`,
    ),
    `macro F1: ${pct(score.macroF1)}`,
    `macro F1, confidentiality categories: ${pct(score.confidentialityMacroF1)}`,
    `clean posts flagged (confidentiality): ${(score.cleanFlagRate * 100).toFixed(1)}%`,
    `unlabelled posts with any finding: ${(score.anyFlagRate * 100).toFixed(1)}%`,
  ];
  return lines.join('\n');
}
