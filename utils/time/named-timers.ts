/**
 * A set of one-shot timers known by name, so whoever owns them can replace one (a debounce) or stop
 * them all at once (a composer that goes away leaves nothing running).
 */
export interface NamedTimers<Name extends string> {
  /** Runs `run` after `ms`, replacing the timer of that name if one is waiting. */
  start(name: Name, run: () => void, ms: number): void;
  cancel(name: Name): void;
  cancelAll(): void;
}

export function createNamedTimers<Name extends string>(): NamedTimers<Name> {
  const waiting = new Map<Name, ReturnType<typeof setTimeout>>();
  const cancel = (name: Name) => {
    clearTimeout(waiting.get(name));
    waiting.delete(name);
  };
  return {
    start(name, run, ms) {
      cancel(name);
      waiting.set(
        name,
        setTimeout(() => {
          waiting.delete(name);
          run();
        }, ms),
      );
    },
    cancel,
    cancelAll() {
      for (const name of [...waiting.keys()]) cancel(name);
    },
  };
}
