/**
 * Features of a published text that the reach log keeps beside it, computed once on write
 * (and by the v2 migration for older rows). Pure: no DOM, no Dexie.
 */

// A hashtag starts after a non-word character (or at the start) and runs over letters, marks, digits and "_".
// Linear: one character class, no nested quantifiers.
const HASHTAG = /(^|[^\p{L}\p{M}\p{N}_&/#])[#＃]([\p{L}\p{M}\p{N}_]{1,100})/gu;

/** Hashtags in the order they appear, without "#", deduplicated case-insensitively (first spelling wins). Pure digits are not tags. */
export function extractHashtags(text: string): string[] {
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const match of text.matchAll(HASHTAG)) {
    const tag = match[2];
    if (!tag || /^\d+$/.test(tag)) continue;
    const key = tag.toLocaleLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    tags.push(tag);
  }
  return tags;
}

/**
 * Length in Unicode code points (an emoji counts 1, not 2 UTF-16 units).
 * Platform-weighted counting (X counts URLs as 23, CJK as 2) lives with the composer checks;
 * the log only needs a stable, comparable length.
 */
export function countLength(text: string): number {
  let count = 0;
  for (const _char of text) count++;
  return count;
}
