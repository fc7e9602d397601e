import type { DraftSituation } from '../../draft/draft-check-context';
import type { PanelSliceContext } from './panel-types';

/** The panel's draft situation at `at`, as the pure draft helpers take it. */
export function draftSituation({ env, get }: PanelSliceContext, at: number): DraftSituation {
  const { preferences, feed, linkedItem, dismissed } = get();
  return { platform: env.platform, composerKind: env.composerKind, preferences, items: feed.items, linkedItem, dismissed, now: at };
}
