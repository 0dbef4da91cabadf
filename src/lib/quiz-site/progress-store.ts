import { loadProgress } from '~/lib/quiz/progress/load-progress';
import type { Progress } from '~/lib/quiz/progress/progress.schema';
import type { KeyValueStore } from './key-value-store';

/**
 * The localStorage key of saved progress. Its value is the engine's versioned progress format
 * (`version` inside it is migrated on load); the `.v1` names this storage slot, which stays the same
 * across format versions so that migration, not a new key, carries old progress forward.
 */
export const progressStorageKey = 'nqpsce.progress.v1';

/** Appended to a key to keep the text that could not be read there, until the student downloads or deletes it. */
export const unreadableSuffix = '.unreadable';

/** Keeps the unreadable text of `key` beside it; the first copy is never overwritten by a later one. */
export function keepUnreadable(store: KeyValueStore, key: string, raw: string): void {
  try {
    if (store.getItem(key + unreadableSuffix) === null) store.setItem(key + unreadableSuffix, raw);
  } catch {
    // Storage full: the text cannot be kept, but the page must still work.
  }
}

/**
 * The saved progress. Never throws: damaged data gives what could be salvaged (or fresh progress),
 * the original text is kept under `<key>.unreadable` for the student to download, and the salvaged
 * progress is written back so every page reads the same.
 */
export function readProgress(store: KeyValueStore): Progress {
  let raw: string | null;
  try {
    raw = store.getItem(progressStorageKey);
  } catch {
    raw = null;
  }
  const loaded = loadProgress(raw);
  if (loaded.unreadable !== undefined) {
    keepUnreadable(store, progressStorageKey, loaded.unreadable);
    writeProgress(store, loaded.progress);
  }
  return loaded.progress;
}

/** Saves progress; false when the browser refused (storage full or disabled). */
export function writeProgress(store: KeyValueStore, progress: Progress): boolean {
  try {
    store.setItem(progressStorageKey, JSON.stringify(progress));
    return true;
  } catch {
    return false;
  }
}

/** The unreadable texts kept for the given keys, for the recovery message to offer as downloads. */
export function unreadableCopies(store: KeyValueStore, keys: readonly string[]): { key: string; raw: string }[] {
  return keys.flatMap((key) => {
    try {
      const raw = store.getItem(key + unreadableSuffix);
      return raw === null ? [] : [{ key, raw }];
    } catch {
      return [];
    }
  });
}

/** Deletes the kept unreadable texts of the given keys (the student chose to, after the message). */
export function discardUnreadable(store: KeyValueStore, keys: readonly string[]): void {
  for (const key of keys) {
    try {
      store.removeItem(key + unreadableSuffix);
    } catch {
      // Nothing to do: the message will show again next time.
    }
  }
}
