// The page's one h1: focus target after navigation (tabIndex -1 so it can take focus, not a tab stop).
import type { ReactNode } from 'react';

export function PageHeading({ children }: { children: ReactNode }) {
  return (
    <h1 id="page-heading" tabIndex={-1} className="page-heading">
      {children}
    </h1>
  );
}
