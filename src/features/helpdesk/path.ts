// The helpdesk index's address, for links to it (the footer, the helpdesk view on node pages). Tiny on
// purpose: the layout imports it, and the index itself lives in its own lazy chunk.
import type { Lang } from '@/engine/types';

export const helpdeskPath = (lang: Lang) => `/${lang}/helpdesk/`;
