// The watcher content script and the panel bundle the background injects later run in the same isolated world
// (one global object, two bundles): they meet through one registered symbol, never through the page.

const SLOT = Symbol.for('porte-voix.panel');
const STARTED = Symbol.for('porte-voix.panel-started');

interface Slot {
  state: 'loading' | 'ready' | 'failed';
  waiters: Array<(ready: boolean) => void>;
}

function slot(global: object): Slot | undefined {
  return (global as Record<symbol, Slot | undefined>)[SLOT];
}

/**
 * Claims the panel for this frame: true the first time only, so a second request (or a second injection after
 * the watcher was re-run) never starts a second set of panels.
 */
export function claimPanel(global: object = globalThis): boolean {
  if (slot(global)) return false;
  (global as Record<symbol, Slot>)[SLOT] = { state: 'loading', waiters: [] };
  return true;
}

/** The panel bundle starts once per frame, however many times it is injected. */
export function startPanelOnce(global: object = globalThis): boolean {
  const record = global as Record<symbol, boolean | undefined>;
  if (record[STARTED]) return false;
  record[STARTED] = true;
  return true;
}

/** The panel bundle says it runs (panels mount and the publish guard listens) or that it could not start. */
export function announcePanel(ready: boolean, global: object = globalThis): void {
  const current = slot(global) ?? { state: 'loading', waiters: [] };
  (global as Record<symbol, Slot>)[SLOT] = current;
  current.state = ready ? 'ready' : 'failed';
  for (const waiter of current.waiters.splice(0)) waiter(ready);
}

/** Settles with true once the panel runs, false if it failed or did not answer within `timeoutMs`. */
export function panelSettled(timeoutMs: number, global: object = globalThis): Promise<boolean> {
  const current = slot(global);
  if (current && current.state !== 'loading') return Promise.resolve(current.state === 'ready');
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), timeoutMs);
    const entry = slot(global) ?? { state: 'loading', waiters: [] };
    (global as Record<symbol, Slot>)[SLOT] = entry;
    entry.waiters.push((ready) => {
      clearTimeout(timer);
      resolve(ready);
    });
  });
}
