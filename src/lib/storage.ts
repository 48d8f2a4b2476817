// Storage that survives being blocked: private mode, third-party iframes and disabled cookies make
// localStorage throw or vanish; then we remember nothing, and everything else still works.
import type { StateStorage } from 'zustand/middleware';

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

export function storageAvailable(): boolean {
  return storage() !== undefined;
}

export const safeStorage: StateStorage = {
  getItem(name) {
    try {
      return storage()?.getItem(name) ?? null;
    } catch {
      return null;
    }
  },
  setItem(name, value) {
    try {
      storage()?.setItem(name, value);
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
