import type { ReachPoint } from './types';

/**
 * Two calm indicators from the article Porte-Voix grew from. They describe the person's own posts
 * and suggest one thing to try; they never rank the person against anyone else.
 */
export type AdviceId = 'echo_chamber' | 'editorial_diversity';

export interface Advice {
  id: AdviceId;
  /** Locale key of the advice sentence. */
  messageKey: string;
  /** Locale key of the sentence saying what the advice is based on; takes `substitutions`. */
  basisKey: string;
  substitutions: number[];
}

/** How many recent posts the indicators look at. */
export const RECENT_POSTS = 10;
/** Echo chamber: fewest recent posts with a colleague share before saying anything. */
export const ECHO_MIN_POSTS = 3;
/** Echo chamber: average colleague share above which the advice shows. */
export const ECHO_THRESHOLD = 0.6;

/** The `count` newest items by publishedAt, newest first, without sorting everything (O(n · count)). */
export function newest<T extends Pick<ReachPoint, 'publishedAt'>>(
  entries: readonly T[],
  count: number,
  keep: (entry: T) => boolean = () => true,
): T[] {
  const top: T[] = [];
  for (const entry of entries) {
    if (!keep(entry)) continue;
    const last = top[top.length - 1];
    if (top.length === count && last && last.publishedAt >= entry.publishedAt) continue;
    let index = top.length;
    while (index > 0 && (top[index - 1] as T).publishedAt < entry.publishedAt) index--;
    top.splice(index, 0, entry);
    if (top.length > count) top.pop();
  }
  return top;
}

/** Most reactions come from colleagues: the posts circulate inside the company rather than reaching the outside network. */
export function echoChamber(entries: readonly ReachPoint[]): Advice | null {
  const recent = newest(entries, RECENT_POSTS, (entry) => entry.metrics?.colleagueShare !== undefined);
  if (recent.length < ECHO_MIN_POSTS) return null;
  const average = recent.reduce((sum, entry) => sum + (entry.metrics?.colleagueShare ?? 0), 0) / recent.length;
  if (average <= ECHO_THRESHOLD) return null;
  return {
    id: 'echo_chamber',
    messageKey: 'dash_advice_echo_chamber',
    basisKey: 'dash_advice_echo_chamber_basis',
    substitutions: [Math.round(average * 100), recent.length],
  };
}

/**
 * The last ten posts were all company content (shared as is or with a take): the person's own field is missing.
 * Silent until there are ten posts, so a newcomer is not told off after one share.
 */
export function editorialDiversity(entries: readonly ReachPoint[]): Advice | null {
  const recent = newest(entries, RECENT_POSTS);
  if (recent.length < RECENT_POSTS || recent.some((entry) => entry.kind === 'own')) return null;
  return {
    id: 'editorial_diversity',
    messageKey: 'dash_advice_editorial_diversity',
    basisKey: 'dash_advice_editorial_diversity_basis',
    substitutions: [RECENT_POSTS],
  };
}

/** Every advice that currently applies, in display order. */
export function adviceFor(entries: readonly ReachPoint[]): Advice[] {
  return [echoChamber(entries), editorialDiversity(entries)].filter((advice): advice is Advice => advice !== null);
}
