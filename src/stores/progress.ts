// What this browser remembers about journeys: ticked steps per fix, the last unfinished journey, and
// outcomes reached. Never answers' free text or typed settings. Reached only through useProgress.
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { safeStorage } from '@/lib/storage';
import type { Lang } from '@/engine/types';

export interface LastJourney {
  lang: Lang;
  guide: string;
  node: string;
  /** Serialised answers (engine/url.ts), without '?'. */
  query: string;
  at: number;
}

interface ProgressState {
  /** "<guide>/<fix node>" → 1-based step numbers ticked. */
  ticked: Record<string, number[]>;
  last: LastJourney | null;
  /** "<guide>/<outcome node>" → times reached. */
  outcomes: Record<string, number>;
  toggleStep: (guide: string, node: string, step: number) => void;
  setLast: (journey: LastJourney | null) => void;
  recordOutcome: (guide: string, node: string) => void;
}

export const PROGRESS_KEY = 'mail-troubleshooter:progress';

const initial = { ticked: {}, last: null, outcomes: {} };

const useProgressStore = create<ProgressState>()(
  persist(
    (set) => ({
      ...initial,
      toggleStep: (guide, node, step) =>
        set((s) => {
          const key = `${guide}/${node}`;
          const current = s.ticked[key] ?? [];
          const next = current.includes(step)
            ? current.filter((n) => n !== step)
            : [...current, step].sort((a, b) => a - b);
          return { ticked: { ...s.ticked, [key]: next } };
        }),
      setLast: (last) => set({ last }),
      recordOutcome: (guide, node) =>
        set((s) => {
          const key = `${guide}/${node}`;
          return { outcomes: { ...s.outcomes, [key]: (s.outcomes[key] ?? 0) + 1 } };
        }),
    }),
    {
      name: PROGRESS_KEY,
      version: 1,
      storage: createJSONStorage(() => safeStorage),
      partialize: (s) => ({ ticked: s.ticked, last: s.last, outcomes: s.outcomes }),
      skipHydration: true,
    },
  ),
);

export const useProgress = useProgressStore;

export function rehydrateProgress(): Promise<void> | void {
  return useProgressStore.persist.rehydrate();
}

export function resetProgress(): void {
  useProgressStore.setState(initial);
}
