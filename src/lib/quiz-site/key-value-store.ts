/** The part of the Web Storage API the progress code uses; tests pass a Map-backed one. */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** A store and whether what is written survives a reload. */
export interface OpenedStore {
  store: KeyValueStore;
  /** False when the browser refuses localStorage (private mode, disabled): progress then lasts one page. */
  persistent: boolean;
}

/** A store kept in memory only. */
export function memoryStore(
  entries: Iterable<[string, string]> = [],
): KeyValueStore & { entries: Map<string, string> } {
  const map = new Map(entries);
  return {
    entries: map,
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => void map.set(key, value),
    removeItem: (key) => void map.delete(key),
  };
}

/** The browser's localStorage when it can be written, else a memory store (never throws). */
export function openBrowserStore(): OpenedStore {
  try {
    const storage = globalThis.localStorage;
    const probe = 'nqpsce.probe';
    storage.setItem(probe, '1');
    storage.removeItem(probe);
    return { store: storage, persistent: true };
  } catch {
    return { store: memoryStore(), persistent: false };
  }
}
