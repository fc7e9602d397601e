/**
 * Milliseconds until a debounced autosave: `delay` after the last change, but never later than `maxWait`
 * after the first unsaved one, so steady typing still saves (what a crash can lose is bounded).
 */
export function autosaveWait(options: { delay: number; maxWait: number; unsavedSince: number; now: number }): number {
  const { delay, maxWait, unsavedSince, now } = options;
  return Math.max(0, Math.min(delay, unsavedSince + maxWait - now));
}
