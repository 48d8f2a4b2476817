// What this browser remembers about journeys: ticked steps per fix, the last unfinished journey, and
// outcomes reached. Never answers' free text or typed settings. Reached only through useProgress.
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { isRecord, oneOf, persistStorage } from '@/lib/storage';
import { LANGS, type Lang } from '@/engine/types';
import { MAX_SEARCH_LENGTH } from '@/engine/url';

export interface LastJourney {
  lang: Lang;
  guide: string;
  node: string;
  /** Serialised answers (engine/url.ts), without '?'. */
  query: string;
  at: number;
}

interface Progress {
  /** "<guide>/<fix node>" → 1-based step numbers ticked. */
  ticked: Record<string, number[]>;
  last: LastJourney | null;
  /** "<guide>/<outcome node>" → times reached. */
  outcomes: Record<string, number>;
}

interface ProgressState extends Progress {
  toggleStep: (guide: string, node: string, step: number) => void;
  setLast: (journey: LastJourney | null) => void;
  recordOutcome: (guide: string, node: string) => void;
}

export const PROGRESS_KEY = 'mail-troubleshooter:progress';
const VERSION = 1;

const initial: Progress = { ticked: {}, last: null, outcomes: {} };

// ---------------------------------------------------------------------------------------------
// Reading stored progress: untrusted (see lib/storage), so each field and entry is checked and rebuilt;
// what does not fit is dropped and the rest kept.

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** "<guide>/<node>", both kebab-case ids: also keeps out "__proto__", "constructor" and the like. */
const KEY = /^[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** No fix has anywhere near this many steps. */
const MAX_STEP = 100;

/** The entries of a stored map whose key is "<guide>/<node>" and whose value `read` accepts. */
function readMap<T>(value: unknown, read: (entry: unknown) => T | undefined): Record<string, T> | undefined {
  if (!isRecord(value)) return undefined;
  const entries: [string, T][] = [];
  for (const [key, entry] of Object.entries(value)) {
    const ok = KEY.test(key) ? read(entry) : undefined;
    if (ok !== undefined) entries.push([key, ok]);
  }
  return Object.fromEntries(entries);
}

function readSteps(value: unknown): number[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const steps = value.filter((n): n is number => Number.isInteger(n) && n >= 1 && n <= MAX_STEP);
  return [...new Set(steps)].sort((a, b) => a - b);
}

function readCount(value: unknown): number | undefined {
  return Number.isSafeInteger(value) && (value as number) >= 0 ? (value as number) : undefined;
}

/** A stored last journey, or null for an explicit null, or undefined for anything malformed. */
function readLast(value: unknown): LastJourney | null | undefined {
  if (value === null) return null;
  if (!isRecord(value)) return undefined;
  const { guide, node, query, at } = value;
  const lang = oneOf<Lang | undefined>(LANGS, value.lang, undefined);
  const ok =
    lang !== undefined &&
    typeof guide === 'string' &&
    ID.test(guide) &&
    typeof node === 'string' &&
    ID.test(node) &&
    typeof query === 'string' &&
    query.length <= MAX_SEARCH_LENGTH &&
    Number.isFinite(at);
  return ok ? { lang, guide, node, query, at: at as number } : undefined;
}

// ---------------------------------------------------------------------------------------------

const useProgressStore = create<ProgressState>()(
  persist(
    (set, _get, api) => {
      // Storage is read after the first render (rehydrateProgress, from the layout). A page rendered fresh
      // rather than hydrated runs its own effects first: an action then must not save the empty initial
      // state over what is stored, so it reads storage first (synchronously: the storage is sync).
      const read = () => {
        if (!api.persist.hasHydrated()) void api.persist.rehydrate();
      };
      return {
        ...initial,
        toggleStep: (guide, node, step) => {
          read();
          set((s) => {
            const key = `${guide}/${node}`;
            const current = s.ticked[key] ?? [];
            const next = current.includes(step)
              ? current.filter((n) => n !== step)
              : [...current, step].sort((a, b) => a - b);
            return { ticked: { ...s.ticked, [key]: next } };
          });
        },
        setLast: (last) => {
          read();
          set({ last });
        },
        recordOutcome: (guide, node) => {
          read();
          set((s) => {
            const key = `${guide}/${node}`;
            return { outcomes: { ...s.outcomes, [key]: (s.outcomes[key] ?? 0) + 1 } };
          });
        },
      };
    },
    {
      name: PROGRESS_KEY,
      version: VERSION,
      storage: persistStorage<Progress>(VERSION),
      partialize: (s) => ({ ticked: s.ticked, last: s.last, outcomes: s.outcomes }),
      // Version 1 is the first, so an older value is not ours: merge keeps whatever of it fits.
      migrate: (stored) => stored as Progress,
      merge: (stored, current) => {
        const s = isRecord(stored) ? stored : {};
        const last = readLast(s.last);
        return {
          ...current,
          ticked: readMap(s.ticked, readSteps) ?? current.ticked,
          last: last === undefined ? current.last : last,
          outcomes: readMap(s.outcomes, readCount) ?? current.outcomes,
        };
      },
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
