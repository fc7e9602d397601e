import { deepActiveElement } from '../dom/selection';
import type { Composer, PlatformAdapter } from './types';
import { isEnabledButton } from './types';

/** What the guard needs from each composer's panel. */
export interface PublishSession {
  composer: Composer;
  readText(): string;
  /** The draft row this composer writes, so a thread's first part can settle the others' rows. */
  draftId(): string;
  /** True when high-severity confidentiality findings remain. May throw: the guard then asks plainly. */
  shouldHold(): boolean;
  /**
   * Shows the alert dialog; `resume` publishes through the site's own button. Returns false when the panel
   * cannot show it (its UI failed or is gone): the guard then falls back to a plain confirmation.
   */
  hold(resume: () => void): boolean;
  /** The localised question of that plain confirmation. */
  confirmText(): string;
  /** A publish was asked of the site (true) and then found refused (false). */
  publishing(pending: boolean): void;
  /**
   * The site has taken the post: `text` was read at the click, before the site cleared the editor.
   * `record` is true for the first part only; `partDraftIds` are the thread's other parts, settled with it.
   */
  published(text: string, record: boolean, partDraftIds: string[]): void;
}

/** How often, and how long, the guard looks for the site's acceptance after Publish. */
const ACCEPT_POLL_MS = 100;
/** A site that has not cleared or closed its composer by then refused the post (error toast, text kept). */
export const ACCEPT_WAIT_MS = 15_000;

/** Asked when the check or the panel failed; only used if a session cannot even give its localised text. */
const LAST_RESORT_QUESTION = 'Porte-Voix could not check this post. Publish it anyway?';

/**
 * Notices Publish (a click on the site's button, or X's Ctrl/Cmd+Enter) in the capture phase, before the
 * site's own handlers clear the editor, and holds it while high-severity confidentiality findings remain.
 * Nothing is ever blocked for good: "Publish anyway" clicks the site's own button. If the check or the panel
 * fails, a plain confirmation decides: the hold never fails open and never swallows the click (issue 10).
 *
 * The publish is recorded only once the site has taken the post: every part's composer closed or emptied.
 * A site that refuses (network error, duplicate) keeps the text; nothing is logged and the draft stays open.
 */
export function installPublishGuard(
  adapter: PlatformAdapter,
  win: Window,
  sessions: () => Iterable<PublishSession>,
  signal: AbortSignal,
): void {
  let bypass = false;
  /** One watch per Publish button: a second click (a retry after a refusal) replaces the first. */
  const watches = new Map<HTMLElement, () => void>();
  signal.addEventListener('abort', () => {
    for (const stop of watches.values()) stop();
  });

  /** Every session that the given button publishes (all parts of an X thread). */
  const sessionsFor = (button: Element): PublishSession[] =>
    Array.from(sessions())
      .filter((session) => adapter.publishButton(session.composer) === button)
      .sort((a, b) => a.composer.part - b.composer.part);

  const taken = (session: PublishSession): boolean => {
    if (!session.composer.editor.isConnected) return true;
    try {
      return session.readText().trim() === '';
    } catch {
      return false;
    }
  };

  /** Reads the texts now (the site clears them next), then records once the site has taken them. */
  const watchAcceptance = (button: HTMLElement, group: PublishSession[]) => {
    watches.get(button)?.();
    const texts = group.map((session) => session.readText());
    const draftIds = group.map((session) => session.draftId());
    const joined = texts.filter((text) => text.trim()).join('\n\n');
    group.forEach((session) => session.publishing(true));
    const started = Date.now();
    const stop = () => {
      win.clearInterval(timer);
      if (watches.get(button) === stop) watches.delete(button);
    };
    const timer = win.setInterval(() => {
      if (group.every(taken)) {
        stop();
        group.forEach((session, index) =>
          session.published(index === 0 ? joined : texts[index]!, index === 0, index === 0 ? draftIds.slice(1) : []),
        );
      } else if (Date.now() - started >= ACCEPT_WAIT_MS) {
        stop();
        group.forEach((session) => session.publishing(false));
      }
    }, ACCEPT_POLL_MS);
    watches.set(button, stop);
  };

  const intercept = (event: Event, button: HTMLElement) => {
    const group = sessionsFor(button);
    if (group.length === 0) return;
    if (!bypass) {
      let holder: PublishSession | undefined;
      let checkFailed = false;
      try {
        holder = group.find((session) => session.shouldHold());
      } catch {
        checkFailed = true;
      }
      if (holder || checkFailed) {
        event.preventDefault();
        event.stopImmediatePropagation();
        const resume = () => {
          bypass = true;
          try {
            button.click();
          } finally {
            bypass = false;
          }
        };
        let shown = false;
        try {
          shown = !!holder && holder.hold(resume);
        } catch {
          shown = false;
        }
        // After this dispatch: a click() on the button while its own click is dispatching does nothing.
        if (!shown && win.confirm(question(group[0]!))) win.setTimeout(resume, 0);
        return;
      }
    }
    watchAcceptance(button, group);
  };

  win.addEventListener(
    'click',
    (event) => {
      const path = event.composedPath();
      for (const session of sessions()) {
        const button = adapter.publishButton(session.composer);
        if (button && isEnabledButton(button) && path.includes(button)) {
          intercept(event, button);
          return;
        }
      }
    },
    { capture: true, signal },
  );

  win.addEventListener(
    'keydown',
    (event) => {
      if (!adapter.isSubmitShortcut(event)) return;
      const active = deepActiveElement(win.document);
      if (!active) return;
      for (const session of sessions()) {
        if (!session.composer.editor.contains(active)) continue;
        const button = adapter.publishButton(session.composer);
        if (button && isEnabledButton(button)) intercept(event, button);
        return;
      }
    },
    { capture: true, signal },
  );
}

function question(session: PublishSession): string {
  try {
    return session.confirmText();
  } catch {
    return LAST_RESORT_QUESTION;
  }
}
