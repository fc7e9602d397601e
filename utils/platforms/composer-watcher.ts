import type { Composer, PlatformAdapter } from './types';

export interface ComposerWatcherHandlers {
  added(composer: Composer): void;
  removed(composer: Composer): void;
}

// Visibility and dialog state flip through these; everything else is childList churn.
const WATCHED_ATTRIBUTES = ['open', 'hidden', 'style', 'class', 'contenteditable', 'aria-hidden'];
/** At most one scan per interval: a burst of mutations costs one scan. */
export const SCAN_INTERVAL_MS = 50;

/**
 * Reports composers as they appear and go, in the document and in the site's open shadow roots
 * (a document MutationObserver does not see inside the open shadow root of LinkedIn's #interop-outlet, 2026-11).
 * Several composers may exist at once; each is reported once until it goes.
 */
export function watchComposers(
  adapter: PlatformAdapter,
  doc: Document,
  handlers: ComposerWatcherHandlers,
  signal: AbortSignal,
): { scan(): void } {
  const live = new Map<HTMLElement, Composer>();
  const observedRoots = new WeakSet<Node>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastScan = 0;

  const observer = new MutationObserver(() => schedule());
  const observe = (root: Document | ShadowRoot) => {
    if (observedRoots.has(root)) return;
    observedRoots.add(root);
    observer.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: WATCHED_ATTRIBUTES });
  };

  const scan = () => {
    timer = undefined;
    lastScan = Date.now();
    if (signal.aborted) return;
    for (const root of adapter.searchRoots(doc)) observe(root);
    const found = new Set<HTMLElement>();
    for (const composer of adapter.findComposers(doc)) {
      found.add(composer.editor);
      if (!live.has(composer.editor)) {
        live.set(composer.editor, composer);
        handlers.added(composer);
      }
    }
    for (const [editor, composer] of live) {
      if (!found.has(editor)) {
        live.delete(editor);
        handlers.removed(composer);
      }
    }
  };

  // Leading and trailing throttle: a panel shows within one frame of the composer, yet a burst of
  // mutations (X re-renders constantly) costs one scan per interval.
  const schedule = () => {
    if (timer !== undefined || signal.aborted) return;
    const wait = Math.max(0, SCAN_INTERVAL_MS - (Date.now() - lastScan));
    timer = setTimeout(scan, wait);
  };

  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(timer);
    for (const composer of live.values()) handlers.removed(composer);
    live.clear();
  });
  scan();
  return { scan };
}
