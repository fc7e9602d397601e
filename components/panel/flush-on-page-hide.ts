/** What a page-hide flush needs from each panel. */
export interface Flushable {
  flush(): Promise<void>;
}

/**
 * Saves every panel's draft when the page is hidden or going away (reload, tab closed, navigation,
 * switching tabs on mobile): the autosave debounce must not lose the last keystrokes (issue 10).
 * The save message is sent synchronously inside the event; Chromium delivers a runtime message
 * started during pagehide. `visibilitychange` to hidden also covers pages killed in the background,
 * where pagehide may never come.
 */
export function flushOnPageHide(win: Window, panels: () => Iterable<Flushable>, signal: AbortSignal): void {
  const flushAll = () => {
    for (const panel of panels()) void panel.flush();
  };
  win.addEventListener('pagehide', flushAll, { signal });
  win.document.addEventListener(
    'visibilitychange',
    () => {
      if (win.document.visibilityState === 'hidden') flushAll();
    },
    { signal },
  );
}
