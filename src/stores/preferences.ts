// Preferences remembered on this device: colour theme and text size. Reached only through usePreferences.
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { isRecord, oneOf, persistStorage } from '@/lib/storage';

const THEMES = ['system', 'light', 'dark'] as const;
const TEXT_SIZES = ['normal', 'large', 'larger'] as const;
export type ThemePref = (typeof THEMES)[number];
export type TextSize = (typeof TEXT_SIZES)[number];

interface Preferences {
  theme: ThemePref;
  textSize: TextSize;
}

interface PreferencesState extends Preferences {
  setTheme: (theme: ThemePref) => void;
  setTextSize: (size: TextSize) => void;
}

/** Also read by public/boot.js before first paint: keep the name and shape in sync with it. */
export const PREFERENCES_KEY = 'mail-troubleshooter:preferences';
const VERSION = 1;

const usePreferencesStore = create<PreferencesState>()(
  persist(
    (set) => ({
      theme: 'system',
      textSize: 'normal',
      setTheme: (theme) => set({ theme }),
      setTextSize: (textSize) => set({ textSize }),
    }),
    {
      name: PREFERENCES_KEY,
      version: VERSION,
      storage: persistStorage<Preferences>(VERSION),
      partialize: (s) => ({ theme: s.theme, textSize: s.textSize }),
      // Version 1 is the first, so an older value is not ours: merge keeps whatever of it fits.
      migrate: (stored) => stored as Preferences,
      // Stored values are untrusted (see lib/storage): each field is kept only if it is one we offer.
      merge: (stored, current) => {
        const s = isRecord(stored) ? stored : {};
        return {
          ...current,
          theme: oneOf(THEMES, s.theme, current.theme),
          textSize: oneOf(TEXT_SIZES, s.textSize, current.textSize),
        };
      },
      skipHydration: true,
    },
  ),
);

export const usePreferences = usePreferencesStore;

export function rehydratePreferences(): Promise<void> | void {
  return usePreferencesStore.persist.rehydrate();
}
