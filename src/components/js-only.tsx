// Controls that need JavaScript are rendered in the prerendered HTML too, invisible until the app has
// hydrated: they keep their space, so nothing jumps when they appear (no layout shift).
import type { ReactNode } from 'react';
import { useHydrated } from '@/lib/hydrated';

export function JsOnly({
  children,
  className,
  inline,
}: {
  children: ReactNode;
  className?: string;
  inline?: boolean;
}) {
  const hydrated = useHydrated();
  const Tag = inline ? 'span' : 'div';
  return (
    <Tag
      className={`js-only ${className ?? ''}`}
      data-ready={hydrated ? 'true' : undefined}
      inert={!hydrated}
    >
      {children}
    </Tag>
  );
}
