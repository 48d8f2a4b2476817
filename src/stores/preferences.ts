// Preferences remembered on this device: colour theme and text size. Reached only through usePreferences.
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { safeStorage } from '@/lib/storage';

export type ThemePref = 'system' | 'light' | 'dark';
export type TextSize = 'normal' | 'large' | 'larger';

interface PreferencesState {
  theme: ThemePref;
  textSize: TextSize;
  setTheme: (theme: ThemePref) => void;
  setTextSize: (size: TextSize) => void;
}

/** Also read by public/boot.js before first paint: keep the name and shape in sync with it. */
export const PREFERENCES_KEY = 'mail-troubleshooter:preferences';

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
      version: 1,
      storage: createJSONStorage(() => safeStorage),
      partialize: (s) => ({ theme: s.theme, textSize: s.textSize }),
      skipHydration: true,
    },
  ),
);

export const usePreferences = usePreferencesStore;

export function rehydratePreferences(): Promise<void> | void {
  return usePreferencesStore.persist.rehydrate();
}

export function resetPreferences(): void {
  usePreferencesStore.setState({ theme: 'system', textSize: 'normal' });
}
