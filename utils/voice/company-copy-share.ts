import { foldText, wordTokens } from './fold-text';

/** Shingle size: three words in a row are rarely shared by chance, yet survive light edits. */
const SHINGLE = 3;

/** The set of word n-grams of a text (folded, URLs removed). */
export function shingles(text: string, size = SHINGLE): Set<string> {
  const tokens = wordTokens(foldText(text).text);
  const out = new Set<string>();
  for (let i = 0; i + size <= tokens.length; i += 1) out.add(tokens.slice(i, i + size).join(' '));
  return out;
}

/**
 * "Is this still yours?": the share of the draft's word 3-grams that also appear in the company's
 * texts (containment of the draft in the company copy), from 0 (all yours) to 1 (all theirs).
 * Case, accents, apostrophes, punctuation and URLs do not count. Drafts shorter than three words
 * are compared word by word.
 */
export function companyCopyShare(draft: string, companyTexts: readonly string[]): number {
  const tokens = wordTokens(foldText(draft).text);
  if (tokens.length === 0) return 0;
  const size = Math.min(SHINGLE, tokens.length);
  const company = new Set<string>();
  for (const text of companyTexts) for (const shingle of shingles(text, size)) company.add(shingle);
  if (company.size === 0) return 0;
  const own = shingles(draft, size);
  let shared = 0;
  for (const shingle of own) if (company.has(shingle)) shared += 1;
  return own.size === 0 ? 0 : shared / own.size;
}
