// Functions that run inside an extension page (page.evaluate in Playwright and puppeteer alike):
// they read the extension's real IndexedDB, as its own pages do.

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
