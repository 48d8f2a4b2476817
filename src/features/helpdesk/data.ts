// Loads the helpdesk index of one language: each is its own chunk, built at build time (see
// scripts/lib/helpdesk-index-plugin.ts), fetched only by the helpdesk page.
import type { Lang } from '@/engine/types';
import type { HelpdeskData } from '@/features/helpdesk/types';

export function loadHelpdeskData(lang: Lang): Promise<HelpdeskData> {
  return lang === 'en'
    ? import('virtual:helpdesk-index/en').then((m) => m.default)
    : import('virtual:helpdesk-index/ja').then((m) => m.default);
}
