// UI strings of the helpdesk chunks: "helpdesk.*" keys come from `virtual:helpdesk-strings` (the
// "helpdesk" block of locales/<lang>/common.json, kept out of the entry by the helpdesk plugin); every
// other key goes to the app's own lookup (src/lib/i18n.ts) as usual. Interpolation is the {{name}} form.
import strings from 'virtual:helpdesk-strings';
import type { Lang } from '@/engine/types';
import { useT } from '@/lib/i18n';

export type HelpdeskT = (key: string, vars?: Record<string, unknown>) => string;

function lookup(lang: Lang, key: string): string | undefined {
  let cur: unknown = strings[lang];
  for (const part of key.split('.')) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[part];
  }
  return typeof cur === 'string' ? cur : undefined;
}

export function useHelpdeskT(lang: Lang): HelpdeskT {
  const t = useT(lang);
  return (key, vars) => {
    if (!key.startsWith('helpdesk.')) return t(key, vars);
    const text = lookup(lang, key.slice('helpdesk.'.length)) ?? key;
    return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(vars?.[name] ?? ''));
  };
}
