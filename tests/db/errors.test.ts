import Dexie from 'dexie';
import { createDb, type PorteVoixDb } from '../../utils/db';
import { saveDraft } from '../../utils/db/drafts';
import { StorageError, toStorageError, withStorage } from '../../utils/db/errors';
import { recordPublish } from '../../utils/db/reach-log';
import { storageCounts } from '../../utils/db/data';
import { hasMessage } from '../../utils/i18n/translate';
import { draftInput, dropDb, entryInput, freshDb } from './helpers';

let database: PorteVoixDb;
beforeEach(() => {
  database = freshDb();
});
afterEach(async () => {
  await dropDb(database);
});

test('a full disk becomes a quota StorageError with a message key', async () => {
  vi.spyOn(database.drafts, 'put').mockRejectedValue(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
  const error = await saveDraft(draftInput(), database).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(StorageError);
  expect(error).toMatchObject({ kind: 'quota', messageKey: 'dash_storage_error_quota' });
});

test('a quota error thrown synchronously inside a transaction is classified too', async () => {
  vi.spyOn(database.reachLog, 'add').mockImplementation(() => {
    throw new DOMException('full', 'QuotaExceededError');
  });
  await expect(recordPublish(entryInput(), database)).rejects.toMatchObject({ kind: 'quota' });
});

test('a connection closed for an upgrade elsewhere is "blocked"', async () => {
  await database.open();
  // What a versionchange from an updated background does to this page's connection.
  database.close({ disableAutoOpen: true });
  await expect(storageCounts(database)).rejects.toMatchObject({ kind: 'blocked', messageKey: 'dash_storage_error_blocked' });
});

test('no IndexedDB at all (private window) is "unavailable"', async () => {
  // Dexie takes the API from its dependencies when a database object is created.
  const { indexedDB, IDBKeyRange } = Dexie.dependencies;
  Dexie.dependencies.indexedDB = undefined as unknown as IDBFactory;
  try {
    const noIdb = createDb(`none-${crypto.randomUUID()}`);
    await expect(storageCounts(noIdb)).rejects.toMatchObject({ kind: 'unavailable' });
  } finally {
    Dexie.dependencies.indexedDB = indexedDB;
    Dexie.dependencies.IDBKeyRange = IDBKeyRange;
  }
});

test.each([
  [new DOMException('x', 'QuotaExceededError'), 'quota'],
  [Object.assign(new Error('abort'), { name: 'AbortError', inner: new DOMException('x', 'QuotaExceededError') }), 'quota'],
  [new Error('wrapped', { cause: { name: 'VersionError' } }), 'blocked'],
  [new Dexie.DatabaseClosedError('closed'), 'blocked'],
  [new Dexie.MissingAPIError('no idb'), 'unavailable'],
  [new Dexie.OpenFailedError('open failed', new DOMException('x', 'InvalidStateError')), 'unavailable'],
  [new Dexie.ConstraintError('dup'), 'unknown'],
  ['a string', 'unknown'],
])('toStorageError(%s) is %s', (error, kind) => {
  expect(toStorageError(error).kind).toBe(kind);
});

test('every storage error kind has an English and a French message', async () => {
  for (const kind of ['quota', 'blocked', 'unavailable', 'unknown'] as const) {
    const { messageKey } = new StorageError(kind);
    expect(hasMessage('en', messageKey)).toBe(true);
    expect(hasMessage('fr', messageKey)).toBe(true);
  }
  await expect(withStorage(async () => 42)).resolves.toBe(42);
});
