// Route component for /<lang>/helpdesk/: the helpdesk index with the index data of the route's language
// (loaded with this module before the page renders, so the prerendered page already lists every step).
import type { Lang } from '@/engine/types';
import type { HelpdeskData } from '@/features/helpdesk/types';
import { loadHelpdeskData } from '@/features/helpdesk/data';
import { HelpdeskPage } from '@/features/helpdesk/helpdesk-page';

/** The helpdesk view's panel on node pages lives in this chunk too (see routes.tsx). */
export { default as NodePanel } from '@/features/helpdesk/node-panel';

export async function helpdeskPage(lang: Lang) {
  const data: HelpdeskData = await loadHelpdeskData(lang);
  return function HelpdeskRoute() {
    return <HelpdeskPage lang={lang} data={data} />;
  };
}
