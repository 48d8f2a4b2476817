// The guide maps laid out at build time (scripts/lib/map-layout-plugin.ts): one loader per language and guide.
declare module 'virtual:guide-maps' {
  import type { MapLayout } from '@/features/map/layout-types';
  export const layouts: Record<string, () => Promise<{ default: MapLayout }>>;
}
