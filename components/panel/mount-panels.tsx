import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { useStore } from 'zustand';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { PanelBackend } from '../../utils/browser/background-client';
import type { PanelPreferences } from '../../utils/preferences';
import { createPanelStore, type PanelContinuity, type PanelStore } from '../../utils/stores/panel-store';
import { createEditorPort } from '../../utils/platforms/editor-port';
import { watchComposers } from '../../utils/platforms/composer-watcher';
import { installPublishGuard, type PublishSession } from '../../utils/platforms/publish-guard';
import type { Composer, PlatformAdapter } from '../../utils/platforms/types';
import { deepActiveElement } from '../../utils/dom/selection';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { I18nProvider } from '../ui/i18n';
import { ComposerPanel } from './ComposerPanel';
import { PanelStoreContext } from './PanelStoreContext';
import { flushOnPageHide } from './flush-on-page-hide';
// Inlined into the panel bundle: a stylesheet file would have to be web-accessible to reach the shadow root.
import panelCss from './panel.css?inline';

const CONTINUITY_WINDOW_MS = 3000;
/** The latest a composer the person is not writing in waits for its panel when the panel arrives. */
const IDLE_MOUNT_TIMEOUT_MS = 1000;
/** The checks' warm-up waits for an idle moment, but no longer than this after the first panel shows. */
const WARM_UP_TIMEOUT_MS = 3000;

/** The focus is in a text field other than this composer's editor: the person writes elsewhere. */
function writingElsewhere(composer: Composer): boolean {
  const active = deepActiveElement(composer.editor.ownerDocument);
  if (!(active instanceof HTMLElement) || composer.editor === active || composer.editor.contains(active)) return false;
  return active.isContentEditable || active instanceof HTMLTextAreaElement || active instanceof HTMLInputElement;
}

/** Host element name of every panel; one per composer. */
export const PANEL_HOST = 'porte-voix-panel';

const PANEL_SHADOW_MODE: ShadowRootMode = import.meta.env.MODE === 'e2e' ? 'open' : 'closed';

interface MountedPanel extends PublishSession {
  store: PanelStore;
  ui: ShadowRootContentScriptUi<Root> | null;
  abort: AbortController;
}

export interface PanelMounter {
  /** Applies new preferences (settings, policy, quiet hours) to every open panel without reload. */
  configure(preferences: Partial<PanelPreferences>): void;
  stop(): void;
}

/**
 * Puts one Porte-Voix panel beside every composer the adapter finds, for as long as it exists.
 * Site-blind: all knowledge of the site comes from the adapter.
 */
export function mountPanels(
  ctx: ContentScriptContext,
  adapter: PlatformAdapter,
  backend: PanelBackend,
  initialPreferences: Partial<PanelPreferences>,
): PanelMounter {
  const panels = new Map<HTMLElement, MountedPanel>();
  let checksWarmed = false;
  // Sites re-create editor nodes (X's home box when it expands): a composer of the same kind and
  // part that comes back within moments continues the same draft instead of starting another.
  const departed = new Map<string, { continuity: PanelContinuity; at: number }>();
  const slotOf = (composer: Composer) => `${composer.kind}:${composer.part}`;
  let preferences = initialPreferences;
  const lifetime = new AbortController();
  ctx.onInvalidated(() => lifetime.abort());

  const add = (composer: Composer) => {
    const abort = new AbortController();
    const port = createEditorPort(adapter, composer, abort.signal);
    const store = createPanelStore(
      {
        port,
        backend,
        platform: adapter.id,
        composerKind: composer.kind,
        part: composer.part,
        limit: adapter.limit(composer),
        attachments: () => adapter.attachments(composer),
        pageUrl: () => location.href,
      },
      preferences,
      takeContinuity(slotOf(composer)),
    );
    const panel: MountedPanel = {
      composer,
      store,
      ui: null,
      abort,
      readText: () => port.readText(),
      draftId: () => store.getState().draftId,
      shouldHold: () => store.getState().shouldHold(),
      // No mounted view, no dialog: the guard then asks with a plain confirmation.
      hold: (resume) => panel.ui !== null && store.getState().hold(resume),
      confirmText: () => store.getState().confirmText(),
      publishing: (pending) => store.getState().publishing(pending),
      published: (text, record, partDraftIds) => void store.getState().published(text, record, partDraftIds),
    };
    panels.set(composer.editor, panel);

    // The editor's own DOM changes on every edit, including pastes that fire no input event (Draft.js).
    const onChange = () => store.getState().textChanged(port.readText());
    const observer = new MutationObserver(onChange);
    observer.observe(composer.editor, { childList: true, subtree: true, characterData: true });
    composer.editor.addEventListener('input', onChange, { signal: abort.signal });
    abort.signal.addEventListener('abort', () => observer.disconnect());

    void createShadowRootUi<Root>(ctx, {
      name: PANEL_HOST,
      position: 'inline',
      anchor: composer.anchor,
      // The anchor may sit directly in a shadow root (no parentElement), so insert with after().
      append: (anchor, host) => anchor.after(host),
      // Keys typed in the panel must not reach X's or LinkedIn's hotkeys.
      isolateEvents: true,
      // Closed: the sites' own scripts can neither read the panel (restore previews, which words the
      // policy calls a codename) nor click its buttons. Only the test build (`wxt build --mode e2e`)
      // keeps it open, so end-to-end tests can pierce it.
      mode: PANEL_SHADOW_MODE,
      css: panelCss,
      onMount(container) {
        const root = createRoot(container);
        // Rendered at once rather than in React's next scheduler task: the panel shows in the same task as the
        // composer it serves, before the feed or the checks warm up (issue 12, first composer on a page).
        flushSync(() => root.render(<PanelRoot store={store} />));
        return root;
      },
      onRemove(root) {
        root?.unmount();
      },
    }).then((ui) => {
      if (abort.signal.aborted || !composer.editor.isConnected) return;
      panel.ui = ui;
      ui.mount();
      void store.getState().loadFeed();
      void store.getState().checkRestore();
      // Once per page, while it is idle: the checks' first run compiles them, which the first keystroke or paste
      // would otherwise wait for.
      if (!checksWarmed) {
        checksWarmed = true;
        ctx.requestIdleCallback(() => store.getState().warmUpChecks(), { timeout: WARM_UP_TIMEOUT_MS });
      }
    });
  };

  const takeContinuity = (slot: string): PanelContinuity | undefined => {
    const entry = departed.get(slot);
    departed.delete(slot);
    return entry && Date.now() - entry.at < CONTINUITY_WINDOW_MS ? entry.continuity : undefined;
  };

  const remove = (composer: Composer) => {
    const panel = panels.get(composer.editor);
    if (!panel) return;
    panels.delete(composer.editor);
    const { draftId, linkedItem, dismissed, publishPending } = panel.store.getState();
    // A composer that closed on Publish is done: the next one starts a new draft.
    if (!publishPending) departed.set(slotOf(composer), { continuity: { draftId, linkedItem, dismissed }, at: Date.now() });
    panel.abort.abort();
    panel.ui?.remove();
    panel.store.getState().dispose();
  };

  // When the panel bundle arrives the page may already hold several composers (X's home box behind the modal
  // just opened, LinkedIn's comment boxes behind the share box): the one the person writes in gets its panel in
  // this task, the others once the page is idle, so that the first panel waits for no other (issue 12). Composers
  // that appear later get theirs at once.
  const waiting = new Map<HTMLElement, number>();
  let arriving = true;
  const added = (composer: Composer) => {
    if (!arriving || !writingElsewhere(composer)) return add(composer);
    const id = ctx.requestIdleCallback(
      () => {
        waiting.delete(composer.editor);
        add(composer);
      },
      { timeout: IDLE_MOUNT_TIMEOUT_MS },
    );
    waiting.set(composer.editor, id);
  };
  const removed = (composer: Composer) => {
    const id = waiting.get(composer.editor);
    if (id !== undefined) {
      cancelIdleCallback(id);
      waiting.delete(composer.editor);
    }
    remove(composer);
  };
  watchComposers(adapter, document, { added, removed }, lifetime.signal);
  arriving = false;
  installPublishGuard(adapter, window, () => panels.values(), lifetime.signal);
  flushOnPageHide(window, () => Array.from(panels.values(), (panel) => panel.store.getState()), lifetime.signal);

  return {
    configure(next) {
      preferences = { ...preferences, ...next };
      for (const panel of panels.values()) panel.store.getState().configure(next);
    },
    stop: () => lifetime.abort(),
  };
}

function PanelRoot({ store }: { store: PanelStore }) {
  const locale = useStore(store, (state) => state.preferences.locale);
  return (
    <PanelStoreContext.Provider value={store}>
      <I18nProvider locale={locale}>
        <ErrorBoundary messageKey="panel_render_failed" onError={() => store.getState().viewFailed()}>
          <ComposerPanel />
        </ErrorBoundary>
      </I18nProvider>
    </PanelStoreContext.Provider>
  );
}
