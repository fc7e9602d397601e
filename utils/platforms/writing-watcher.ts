import { deepActiveElement } from '../dom/selection';
import { watchComposers } from './composer-watcher';
import type { Composer, PlatformAdapter } from './types';
import { isEnabledButton } from './types';

/** Asks for the panel bundle; settles with true once panels run, false when they could not start. */
export type PanelLoader = () => Promise<boolean>;

/** Events that say the person is about to write in a composer that was already on the page. */
const INTENT_EVENTS = ['focusin', 'pointerover', 'pointerdown', 'keydown'] as const;

/**
 * What every LinkedIn and X page runs at load (issue 12): no panel, no checks, no React. It loads the panel only
 * where the person writes:
 * - a composer that appears with the focus in it, or inside a dialog (the person opened it), loads it at once;
 * - a composer that is merely part of the page (X's home box, LinkedIn's comment boxes under feed posts) loads it
 *   when the pointer reaches it, it takes focus or a key is pressed in it.
 * Until the panel runs, a Publish (click on the site's button, or its keyboard shortcut) is held in the capture
 * phase and replayed once the panel's own guard listens, so a secret typed and posted at once is still checked;
 * if the panel cannot start, the Publish is replayed untouched: the site works as without Porte-Voix.
 */
export function watchForWriting(
  adapter: PlatformAdapter,
  doc: Document,
  win: Window,
  loadPanel: PanelLoader,
  signal: AbortSignal,
): void {
  // The watcher's own listeners end when the panel takes over (or could not); `signal` ends them earlier.
  const watching = new AbortController();
  signal.addEventListener('abort', () => watching.abort(), { once: true });
  const live = new Set<Composer>();
  let requested = false;
  let replay: (() => void) | null = null;
  let replaying = false;

  const load = () => {
    if (requested) return;
    requested = true;
    void loadPanel()
      .catch(() => false)
      .then((ready) => {
        if (!ready && import.meta.env.DEV) console.warn(`[porte-voix] ${adapter.id}: the panel did not start; the site runs without it`);
        watching.abort();
        const held = replay;
        replay = null;
        if (!held || signal.aborted) return;
        replaying = true;
        try {
          // The panel's guard now decides (or, if it failed, nobody does and the site publishes).
          held();
        } finally {
          replaying = false;
        }
      });
  };

  const isOpened = (composer: Composer) => {
    const active = deepActiveElement(doc);
    // Generic ARIA, not a site selector: a composer in a dialog is one the person opened.
    return (active !== null && composer.editor.contains(active)) || composer.editor.closest('dialog, [role="dialog"]') !== null;
  };

  watchComposers(
    adapter,
    doc,
    {
      added(composer) {
        live.add(composer);
        if (isOpened(composer)) load();
      },
      removed(composer) {
        live.delete(composer);
      },
    },
    watching.signal,
  );

  const inComposer = (target: EventTarget | undefined) =>
    target instanceof Node && [...live].some((composer) => composer.editor.contains(target) || composer.anchor.contains(target));
  for (const type of INTENT_EVENTS) {
    doc.addEventListener(
      type,
      (event) => {
        if (inComposer(event.composedPath()[0])) load();
      },
      { capture: true, passive: true, signal: watching.signal },
    );
  }

  // Looked up at the event rather than from `live`: the composer may have appeared a moment ago, before the
  // watcher's throttled scan.
  const publishButtonIn = (path: EventTarget[]) => {
    for (const composer of adapter.findComposers(doc)) {
      const button = adapter.publishButton(composer);
      if (button && isEnabledButton(button) && path.includes(button)) return button;
    }
    return null;
  };
  const hold = (event: Event, button: HTMLElement) => {
    event.preventDefault();
    event.stopImmediatePropagation();
    replay = () => button.click();
    load();
  };

  win.addEventListener(
    'click',
    (event) => {
      if (replaying) return;
      const button = publishButtonIn(event.composedPath());
      if (button) hold(event, button);
    },
    { capture: true, signal: watching.signal },
  );
  win.addEventListener(
    'keydown',
    (event) => {
      if (replaying || !adapter.isSubmitShortcut(event)) return;
      const active = deepActiveElement(doc);
      if (!active) return;
      for (const composer of adapter.findComposers(doc)) {
        if (!composer.editor.contains(active)) continue;
        const button = adapter.publishButton(composer);
        if (button && isEnabledButton(button)) hold(event, button);
        return;
      }
    },
    { capture: true, signal: watching.signal },
  );
}
