/**
 * Features of a published text that the reach log keeps beside it, computed once on write
 * (and by the v2 migration for older rows). Pure: no DOM, no Dexie.
 */
import { hashtags } from '../text/hashtags';

/**
 * Hashtags in the order they appear, without "#", deduplicated case-insensitively (first spelling wins).
 * Same definition as the panel's hashtag checks (utils/text/hashtags), so the dashboard counts what the panel counted.
 */
export function extractHashtags(text: string): string[] {
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const { tag } of hashtags(text)) {
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
