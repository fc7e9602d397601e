import { deepActiveElement } from '../dom/selection';
import type { Composer, PlatformAdapter } from './types';
import { isEnabledButton } from './types';

/** What the guard needs from each composer's panel. */
export interface PublishSession {
  composer: Composer;
  readText(): string;
  /** True when high-severity confidentiality findings remain. */
  shouldHold(): boolean;
  /** Shows the alert dialog; `resume` publishes through the site's own button. */
  hold(resume: () => void): void;
  /** The site is publishing `text` (read before the site clears the editor). */
  published(text: string, record: boolean): void;
}

/**
 * Notices Publish (a click on the site's button, or X's Ctrl/Cmd+Enter) in the capture phase, before the
 * site's own handlers clear the editor, and holds it while high-severity confidentiality findings remain.
 * Nothing is ever blocked for good: "Publish anyway" clicks the site's own button.
 */
export function installPublishGuard(
  adapter: PlatformAdapter,
  win: Window,
  sessions: () => Iterable<PublishSession>,
  signal: AbortSignal,
): void {
  let bypass = false;

  /** Every session that the given button publishes (all parts of an X thread). */
  const sessionsFor = (button: Element): PublishSession[] =>
    Array.from(sessions())
      .filter((session) => adapter.publishButton(session.composer) === button)
      .sort((a, b) => a.composer.part - b.composer.part);

  const record = (group: PublishSession[]) => {
    const texts = group.map((session) => session.readText());
    const joined = texts.filter((text) => text.trim()).join('\n\n');
    group.forEach((session, index) => session.published(index === 0 ? joined : texts[index]!, index === 0));
  };

  const intercept = (event: Event, button: HTMLElement) => {
    const group = sessionsFor(button);
    if (group.length === 0) return;
    if (!bypass) {
      const holder = group.find((session) => session.shouldHold());
      if (holder) {
        event.preventDefault();
        event.stopImmediatePropagation();
        holder.hold(() => {
          bypass = true;
          try {
            button.click();
          } finally {
            bypass = false;
          }
        });
        return;
      }
    }
    record(group);
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
