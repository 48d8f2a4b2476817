// A tiny in-page event channel: the wizard reports which node is shown, and listeners (the embed bridge)
// pick it up without the wizard knowing about embedding. Carries ids only, never answer text.
export interface PageEvent {
  kind: 'home' | 'not-found' | 'question' | 'fix' | 'check' | 'outcome';
  guide?: string;
  node?: string;
  /** For outcome nodes: 'resolved' | 'handoff'. */
  outcome?: string;
  /** The router-relative path, without query or hash (answers stay in the frame). */
  path: string;
  title: string;
}

type Listener = (event: PageEvent) => void;
const listeners = new Set<Listener>();
let last: PageEvent | undefined;

export function emitPageEvent(event: PageEvent): void {
  last = event;
  for (const listener of listeners) listener(event);
}

/** Subscribe; the last event (if any) is replayed so a late listener still knows where we are. */
export function onPageEvent(listener: Listener): () => void {
  listeners.add(listener);
  if (last) listener(last);
  return () => listeners.delete(listener);
}
