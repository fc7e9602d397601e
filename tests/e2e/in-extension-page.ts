// Functions that run inside an extension page (page.evaluate in Playwright and puppeteer alike):
// they read and write the extension's real IndexedDB, as its own pages do.

/** Every row of `table` in the extension's database ('porte-voix'); [] before the table exists. */
export function readTableInPage(table: string): Promise<unknown[]> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('porte-voix');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains(table)) {
        db.close();
        return resolve([]);
      }
      const request = db.transaction(table).objectStore(table).getAll();
      request.onsuccess = () => {
        resolve(request.result as unknown[]);
        db.close();
      };
      request.onerror = () => reject(request.error);
    };
  });
}

/** Changes to the extension's database, in one transaction. */
export interface TableWrites {
  /** Tables to empty first. */
  clear?: string[];
  /** Rows to add, by table (the table gives auto-incremented ids). */
  add?: Record<string, unknown[]>;
  /** Rows to add or replace, by table (each row has its id). */
  put?: Record<string, unknown[]>;
}

/** Applies `writes` straight to the extension's database ('porte-voix'), without Dexie, once its tables exist. */
export function writeTablesInPage(writes: TableWrites): Promise<void> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('porte-voix');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const add = Object.entries(writes.add ?? {});
      const put = Object.entries(writes.put ?? {});
      const tables = [...new Set([...(writes.clear ?? []), ...add.map(([table]) => table), ...put.map(([table]) => table)])];
      const tx = db.transaction(tables, 'readwrite');
      for (const table of writes.clear ?? []) tx.objectStore(table).clear();
      for (const [table, rows] of add) for (const row of rows) tx.objectStore(table).add(row);
      for (const [table, rows] of put) for (const row of rows) tx.objectStore(table).put(row);
      tx.oncomplete = () => {
        db.close();
        resolve();
      };
      tx.onerror = () => reject(tx.error);
    };
  });
}
