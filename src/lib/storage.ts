// localStorage for the persisted stores: survives being blocked, and distrusts what it reads.
import type { PersistStorage, StorageValue } from 'zustand/middleware';

// Private mode, third-party iframes and disabled cookies make localStorage throw or vanish: then we
// remember nothing, and everything else still works.
function probe(): Storage | undefined {
  try {
    const s = globalThis.localStorage;
    if (!s) return undefined;
    const key = '__mt_probe__';
    s.setItem(key, key);
    s.removeItem(key);
    return s;
  } catch {
    return undefined;
  }
}

let cached: Storage | undefined | null = null;
function storage(): Storage | undefined {
  if (cached === null) cached = probe();
  return cached;
}

/** For tests: forget the probe result so a new (possibly throwing) localStorage is picked up. */
export function resetStorageProbe(): void {
  cached = null;
}

/** A JSON object (not null, not an array): the only shape a stored value may be read from. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `value` if it is one of `allowed`, else `fallback`. */
export function oneOf<T>(allowed: readonly T[], value: unknown, fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}

/**
 * The storage for a zustand `persist` store at `version`. Every app on a shared origin (*.github.io) can
 * write our keys, so what is read is untrusted. Unreadable JSON, anything but an object, and a
 * value from a newer version (a later deploy in another tab, or another app using our key) read as
 * nothing: quietly, and without overwriting that value on load. Older versions go to the store's
 * `migrate`; the store's `merge` then checks the state field by field.
 */
export function persistStorage<S>(version: number): PersistStorage<S> {
  return {
    getItem(name) {
      let value: unknown;
      try {
        value = JSON.parse(storage()?.getItem(name) ?? 'null');
      } catch {
        return null;
      }
      if (!isRecord(value) || (typeof value.version === 'number' && value.version > version)) return null;
      return value as StorageValue<S>;
    },
    setItem(name, value) {
      try {
        storage()?.setItem(name, JSON.stringify(value));
      } catch {
        // Quota exceeded or blocked mid-session: remembering is best effort.
      }
    },
    removeItem(name) {
      try {
        storage()?.removeItem(name);
      } catch {
        // Same as above.
      }
    },
  };
}
