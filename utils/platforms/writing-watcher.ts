import { deepActiveElement } from '../dom/selection';
import type { PlatformAdapter } from './types';
import { isEnabledButton } from './types';

/** Asks for the panel bundle; settles with true once panels run, false when they could not start. */
export type PanelLoader = () => Promise<boolean>;

/** Events that say the person is about to write: focus (a composer opened with the caret in it), pointer, keys. */
const INTENT_EVENTS = ['focusin', 'pointerover', 'pointerdown', 'keydown'] as const;

/**
 * What every LinkedIn and X page runs at load (issue 12): no panel, no checks, no React, and no
 * MutationObserver either (scanning the sites' constant DOM churn, with the layout reads visibility needs, was
 * most of the watcher's own cost). It loads the panel only where the person writes:
 * - a composer that holds the focus: when the watcher starts (a share dialog opened by the URL), or when the
 *   focus moves into it (the sites focus the editor of a composer the person opens);
 * - a composer that is merely part of the page (X's home box, LinkedIn's comment boxes under feed posts) when the
 *   pointer reaches it or a key is pressed in it;
 * - the site's own "Start a post" / "Post" buttons when the pointer or the focus reaches them, before the click.
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
): { load(): void } {
  // The watcher's own listeners end when the panel takes over (or could not); `signal` ends them earlier.
  const watching = new AbortController();
  signal.addEventListener('abort', () => watching.abort(), { once: true });
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

  /** Whether an event or the focus is inside one of the adapter's composers (the editor or what anchors the panel). */
  const inComposer = (target: EventTarget | null | undefined) =>
    target instanceof Node && adapter.findComposers(doc).some((composer) => composer.editor.contains(target) || composer.anchor.contains(target));
  // Generic editing markers, no site selector: events anywhere else (and a page without focus in an editor at
  // start) cost no composer lookup, whose visibility test reads layout.
  // The site's own "open a composer" buttons: a person's pointer rests there a moment before the click, time
  // enough to fetch the panel (it is then ready when the composer opens).
  const isTrigger = (node: EventTarget) => node instanceof Element && adapter.isComposeTrigger(node);
  const editable = (node: EventTarget) =>
    node instanceof HTMLElement && (node.getAttribute('contenteditable') === 'true' || node instanceof HTMLTextAreaElement);

  for (const type of INTENT_EVENTS) {
    doc.addEventListener(
      type,
      (event) => {
        if (requested) return;
        const path = event.composedPath();
        if ((path.some(editable) && inComposer(path[0])) || path.some(isTrigger)) load();
      },
      { capture: true, passive: true, signal: watching.signal },
    );
  }
  const active = deepActiveElement(doc);
  if (active && editable(active) && inComposer(active)) load();

  // Looked up at the event: the composer may have appeared a moment ago.
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
  return { load };
}
