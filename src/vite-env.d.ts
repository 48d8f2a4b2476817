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
    /** Continue outcome id → where it leads: the other guide's node past the answers it settles. */
    continues: Record<string, { guide: string; node: string; query: string }>;
    text: Record<
      'ja' | 'en',
      { title: string; symptoms: Record<string, { title: string; summary?: string }> }
    >;
  }[];
  export default index;
}

declare module 'virtual:symptom-index/*' {
  import type { Client } from '@/engine/types';
  /** The symptom list in one language (virtual:symptom-index/ja or /en): no aliases, one language's text. */
  const list: {
    guide: string;
    start: string;
    title: string;
    symptoms: {
      id: string;
      clients: Client[];
      title: string;
      summary: string;
      link: { node: string; query: string };
      apps: { client: Client; node: string; query: string }[];
    }[];
  }[];
  export default list;
}

declare module 'virtual:guide-links' {
  /** Where continue outcomes lead ("<guide>/<outcome>" → link) and each guide's title per language. */
  const links: {
    continues: Record<string, { guide: string; node: string; query: string }>;
    titles: Record<'ja' | 'en', Record<string, string>>;
  };
  export default links;
}

declare module 'virtual:helpdesk-index/*' {
  import type { HelpdeskData } from '@/features/helpdesk/types';
  const index: HelpdeskData;
  export default index;
}

declare module 'virtual:helpdesk-strings' {
  /** The "helpdesk" block of locales/<lang>/common.json, per language. */
  const strings: Record<'ja' | 'en', Record<string, unknown>>;
  export default strings;
}
