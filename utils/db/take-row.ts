import type { IndexableType, Table } from 'dexie';
import { withStorage } from './errors';
import type { PorteVoixDb } from './index';

/** Deletes a row and returns it, so the UI can offer undo; one transaction, so nothing changes it in between. */
export function takeRow<Row, Key extends IndexableType, Insert>(
  database: PorteVoixDb,
  table: Table<Row, Key, Insert>,
  key: Key,
): Promise<Row | undefined> {
  return withStorage(() =>
    database.transaction('rw', table, async () => {
      const existing = await table.get(key);
      if (existing) await table.delete(key);
      return existing;
    }),
  );
}
