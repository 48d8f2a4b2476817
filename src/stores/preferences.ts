// Preferences remembered on this device: colour theme and text size. Reached only through usePreferences.
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { isRecord, oneOf, persistStorage } from '@/lib/storage';

const THEMES = ['system', 'light', 'dark'] as const;
// 100 / 125 / 150 % (src/styles.css; 112.5 / 125 before). The stored names did not change, so they need no
// migration: a stored 'larger' now reads as the new largest size, as the person meant.
const TEXT_SIZES = ['normal', 'large', 'larger'] as const;
export type ThemePref = (typeof THEMES)[number];
export type TextSize = (typeof TEXT_SIZES)[number];

interface Preferences {
  theme: ThemePref;
  textSize: TextSize;
  /** Helpdesk view on node pages: node and step ids, copy and QR actions (version 2 on; off by default). */
  helpdesk: boolean;
}

interface PreferencesState extends Preferences {
  setTheme: (theme: ThemePref) => void;
  setTextSize: (size: TextSize) => void;
  setHelpdesk: (on: boolean) => void;
}

/** Also read by public/boot.js before first paint: keep the name and shape in sync with it. */
export const PREFERENCES_KEY = 'mail-troubleshooter:preferences';
const VERSION = 2;

const usePreferencesStore = create<PreferencesState>()(
  persist(
    (set) => ({
      theme: 'system',
      textSize: 'normal',
      setTheme: (theme) => set({ theme }),
      setTextSize: (textSize) => set({ textSize }),
      helpdesk: false,
      setHelpdesk: (helpdesk) => set({ helpdesk }),
    }),
    {
      name: PREFERENCES_KEY,
      version: VERSION,
      storage: persistStorage<Preferences>(VERSION),
      partialize: (s) => ({ theme: s.theme, textSize: s.textSize, helpdesk: s.helpdesk }),
      // Version 1 had no helpdesk view: it starts off. (Before version 1 nothing was ours: merge keeps what fits.)
      migrate: (stored, version) =>
        (version === 1 && isRecord(stored) ? { ...stored, helpdesk: false } : stored) as Preferences,
      // Stored values are untrusted (see lib/storage): each field is kept only if it is one we offer.
      merge: (stored, current) => {
        const s = isRecord(stored) ? stored : {};
        return {
          ...current,
          theme: oneOf(THEMES, s.theme, current.theme),
          textSize: oneOf(TEXT_SIZES, s.textSize, current.textSize),
          helpdesk: s.helpdesk === true,
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
