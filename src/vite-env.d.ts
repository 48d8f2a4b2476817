// Types for Vite-provided modules.
/// <reference types="vite/client" />

declare module 'virtual:symptom-index' {
  import type { Client, Symptom } from '@/engine/types';
  const index: {
    guide: string;
    start: string;
    symptoms: Symptom[];
    /** Symptom id → where its link opens, and one link per app when the symptom does not tell which. */
    links: Record<
      string,
      {
        link: { node: string; query: string };
        apps: { client: Client; node: string; query: string }[];
      }
    >;
    text: Record<
      'ja' | 'en',
      { title: string; symptoms: Record<string, { title: string; summary?: string }> }
    >;
  }[];
  export default index;
}
