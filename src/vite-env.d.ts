// Types for Vite-provided modules.
/// <reference types="vite/client" />

declare module 'virtual:symptom-index' {
  import type { Symptom } from '@/engine/types';
  const index: {
    guide: string;
    start: string;
    symptoms: Symptom[];
    text: Record<
      'ja' | 'en',
      { title: string; symptoms: Record<string, { title: string; summary?: string }> }
    >;
  }[];
  export default index;
}
