/** A fresh draft row id: a UUID where the runtime has one, else time plus randomness. */
export function newDraftId(): string {
  return globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}
