/**
 * Storage failures as something the UI can explain. IndexedDB fails in a few ways a person can act on:
 * the disk or quota is full, another tab holds an older version open (or the extension was just updated),
 * or IndexedDB is missing altogether (some private windows). Everything else is `unknown`.
 */
export type StorageErrorKind = 'quota' | 'blocked' | 'unavailable' | 'unknown';

/** Locale keys of the sentence to show for each kind. */
export const STORAGE_ERROR_MESSAGE_KEYS = {
  quota: 'dash_storage_error_quota',
  blocked: 'dash_storage_error_blocked',
  unavailable: 'dash_storage_error_unavailable',
  unknown: 'dash_storage_error_unknown',
} as const satisfies Record<StorageErrorKind, string>;

export class StorageError extends Error {
  override readonly name = 'StorageError';
  readonly kind: StorageErrorKind;
  /** Locale key of a sentence that says what happened and what to do. */
  readonly messageKey: string;

  constructor(kind: StorageErrorKind, options?: { cause?: unknown }) {
    super(`Storage error: ${kind}`, options);
    this.kind = kind;
    this.messageKey = STORAGE_ERROR_MESSAGE_KEYS[kind];
  }
}

const KIND_BY_NAME: Record<string, StorageErrorKind> = {
  QuotaExceededError: 'quota',
  NS_ERROR_DOM_QUOTA_REACHED: 'quota', // older Firefox
  VersionError: 'blocked',
  DatabaseClosedError: 'blocked',
  MissingAPIError: 'unavailable', // Dexie: no indexedDB global
  InvalidStateError: 'unavailable', // Firefox private windows before 115
  SecurityError: 'unavailable', // storage blocked by browser settings
};

/** Errors Dexie or the browser may nest: Dexie keeps the DOM error in `inner`, transactions abort with it as `cause`. */
function* chain(error: unknown): Generator<unknown> {
  let current: unknown = error;
  for (let depth = 0; depth < 6 && current; depth++) {
    yield current;
    const next = current as { inner?: unknown; cause?: unknown };
    current = next.inner ?? next.cause;
  }
}

function nameOf(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'name' in error && typeof error.name === 'string'
    ? error.name
    : undefined;
}

/** Classifies any thrown value; a StorageError is returned as is. */
export function toStorageError(error: unknown): StorageError {
  if (error instanceof StorageError) return error;
  for (const link of chain(error)) {
    const kind = KIND_BY_NAME[nameOf(link) ?? ''];
    if (kind) return new StorageError(kind, { cause: error });
  }
  return new StorageError('unknown', { cause: error });
}

export function isStorageError(error: unknown): error is StorageError {
  return error instanceof StorageError;
}

/**
 * A row the caller named no longer exists (deleted in another tab, for instance). Not a storage failure.
 * (Not called NotFoundError: Dexie maps errors of that DOM name to its own class.)
 */
export class MissingRowError extends Error {
  override readonly name = 'MissingRowError';
  constructor(
    readonly table: string,
    readonly key: string | number,
  ) {
    super(`No row ${String(key)} in ${table}`);
  }
}

/** A row changed between a preview and the write it previewed (edited in another tab): the write is refused whole. */
export class StaleImportError extends Error {
  override readonly name = 'StaleImportError';
  constructor(readonly entryId: number) {
    super(`Reach log row ${entryId} changed after the import was previewed`);
  }
}

/** Runs database work and rethrows its failures as StorageError. Validation (ZodError) happens before, outside. */
export async function withStorage<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    // Dexie wraps what a transaction callback throws; give callers the domain error back.
    for (const link of chain(error)) if (link instanceof MissingRowError || link instanceof StaleImportError) throw link;
    throw toStorageError(error);
  }
}
