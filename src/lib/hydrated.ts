// "Has the client taken over?" Anything that depends on the query string, storage or window renders only
// after this is true, because a static host serves the same prerendered HTML for every query.
import { useSyncExternalStore } from 'react';

const subscribe = () => () => {};

export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
