// Reads the app's stored records from its IndexedDB, in the page: every
// record as [key, value] in key order. Shared by the benchmark and the
// journeys (pass it to page.evaluate).
export function readStoredRecords() {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open("hamish");
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const store = open.result.transaction("journal").objectStore("journal");
      const keys = store.getAllKeys();
      const values = store.getAll();
      values.onsuccess = () => {
        open.result.close();
        resolve(keys.result.map((key, index) => [key, values.result[index].value]));
      };
      values.onerror = () => reject(values.error);
    };
  });
}
