/**
 * The one clock the embargo and expiry decisions read. Production time is Date.now(); the e2e build
 * alone can shift it (see followE2eClock), so tests drive an embargo past without sleeping, and unit
 * tests move it with fake timers.
 */
let offsetMs = 0;
const listeners = new Set<() => void>();

/** Current time in ms since the epoch. */
export function now(): number {
  return Date.now() + offsetMs;
}

/** Shifts the clock (e2e builds only) and tells every subscriber that "now" jumped. */
export function setClockOffset(ms: number): void {
  if (!Number.isFinite(ms) || ms === offsetMs) return;
  offsetMs = ms;
  for (const listener of [...listeners]) listener();
}

/** Called when the clock jumps (never for the normal passing of time: use a timer for that). */
export function onClockJump(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
