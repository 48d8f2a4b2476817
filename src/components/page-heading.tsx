// The page's one h1: focus target after navigation (tabIndex -1 so it can take focus, not a tab stop).
import type { ReactNode } from 'react';

export function PageHeading({ children, className }: { children: ReactNode; className?: string }) {
  return (
    <h1 id="page-heading" tabIndex={-1} className={className ?? 'page-heading'}>
      {children}
    </h1>
  );
}
