// The notice for a link whose answers did not fit this page (mistyped, cut short or outdated): they were
// left out, and the page says so in a polite live region that is always there, so it is announced.
import type { Lang } from '@/engine/types';
import { useT } from '@/lib/i18n';

export function DroppedNotice({ lang, shown }: { lang: Lang; shown: boolean }) {
  const t = useT(lang);
  return <div role="status">{shown ? <p className="notice mb-4">{t('node.droppedAnswers')}</p> : null}</div>;
}
