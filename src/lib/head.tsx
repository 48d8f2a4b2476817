// Document title for the current page: set by an effect in the browser and collected during the
// prerender (a plain object in context, since renderToString runs synchronously).
import { createContext, useContext, useEffect } from 'react';

export interface HeadData {
  title?: string;
  description?: string;
}

/** What the prerender provides: a sink for the page's head data. */
export interface HeadCollector {
  set: (data: HeadData) => void;
}

export const HeadContext = createContext<HeadCollector | null>(null);

export function createHeadCollector(): { collector: HeadCollector; data: HeadData } {
  const data: HeadData = {};
  return { data, collector: { set: (next) => Object.assign(data, next) } };
}

export function useDocumentHead(title: string, description?: string): void {
  const collector = useContext(HeadContext);
  collector?.set({ title, description });
  useEffect(() => {
    document.title = title;
    if (description !== undefined) {
      document.querySelector('meta[name="description"]')?.setAttribute('content', description);
    }
  }, [title, description]);
}
