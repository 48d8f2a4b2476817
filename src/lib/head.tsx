// Document title for the current page: set by an effect in the browser and collected during the
// prerender (a plain object in context, since renderToString runs synchronously).
import { createContext, useContext, useEffect } from 'react';

export interface HeadData {
  title?: string;
  description?: string;
}

export const HeadContext = createContext<HeadData | null>(null);

export function useDocumentHead(title: string, description?: string): void {
  const collector = useContext(HeadContext);
  if (collector) {
    collector.title = title;
    collector.description = description;
  }
  useEffect(() => {
    document.title = title;
    if (description !== undefined) {
      document.querySelector('meta[name="description"]')?.setAttribute('content', description);
    }
  }, [title, description]);
}
