// Loaders of the fix, check and outcome views, each its own chunk (see kind-views.tsx). This module is in
// the entry on purpose: a dynamic import() inside a lazy chunk makes the bundler split the modules the entry
// shares with it (React) into an extra chunk, ~1 KB gzip more on every first visit (as routes.tsx notes).
import type { CheckView } from '@/features/wizard/check-view';
import type { FixView } from '@/features/wizard/fix-view';
import type { OutcomeView } from '@/features/wizard/outcome-view';

export interface Views {
  fix: typeof FixView;
  check: typeof CheckView;
  outcome: typeof OutcomeView;
}
export type ViewKind = keyof Views;

const loaders: { [K in ViewKind]: () => Promise<Views[K]> } = {
  fix: () => import('@/features/wizard/fix-view').then((m) => m.FixView),
  check: () => import('@/features/wizard/check-view').then((m) => m.CheckView),
  outcome: () => import('@/features/wizard/outcome-view').then((m) => m.OutcomeView),
};

export const VIEW_KINDS = Object.keys(loaders) as ViewKind[];

/** The views loaded so far: rendered synchronously (no placeholder) once here. */
export const loadedViews: Partial<Views> = {};
const pending: Partial<{ [K in ViewKind]: Promise<Views[K]> }> = {};

export function isViewKind(kind: string): kind is ViewKind {
  return Object.hasOwn(loaders, kind);
}

/** Loads a view once (a failed load is tried again next time). */
export function loadView<K extends ViewKind>(kind: K): Promise<Views[K]> {
  const ready = loadedViews[kind];
  if (ready) return Promise.resolve(ready);
  let promise = pending[kind] as Promise<Views[K]> | undefined;
  if (!promise) {
    promise = loaders[kind]().then(
      (view) => {
        loadedViews[kind] = view;
        return view;
      },
      (error: unknown) => {
        delete pending[kind];
        throw error;
      },
    );
    pending[kind] = promise as (typeof pending)[K];
  }
  return promise;
}
