// Home: the error finder, "continue where you left off", and the list of symptoms with the apps each covers.
import { useEffect } from 'react';
import { Link, useLocation } from 'react-router';
import type { Lang } from '@/engine/types';
import type { ListEntry } from '@/content/symptom-list';
import { useT } from '@/lib/i18n';
import { useDocumentHead } from '@/lib/head';
import { useHydrated } from '@/lib/hydrated';
import { paths } from '@/lib/paths';
import { emitPageEvent } from '@/lib/page-events';
import { useProgress } from '@/stores/progress';
import { PageHeading } from '@/components/page-heading';
import { ErrorFinder } from '@/features/search/error-finder';
import { SymptomList } from '@/features/search/symptom-list';

/** `entries`: the symptom list in the page's language, loaded by the route (routes.tsx). */
export function HomeRoute({ entries }: { entries: ListEntry[] }) {
  const location = useLocation();
  const lang: Lang = location.pathname.startsWith('/en') ? 'en' : 'ja';
  const t = useT(lang);
  const hydrated = useHydrated();
  useDocumentHead(`${t('home.title')} | ${t('app.name')}`, t('home.intro'));
  useEffect(() => {
    emitPageEvent({ kind: 'home', path: paths.home(lang), title: document.title });
  }, [lang]);
  return (
    <div>
      <PageHeading>{t('home.title')}</PageHeading>
      <p className="prose-text mt-3">{t('home.intro')}</p>
      <ErrorFinder lang={lang} />
      {hydrated ? <ContinueJourney lang={lang} entries={entries} /> : null}
      <SymptomList lang={lang} entries={entries} />
    </div>
  );
}

/** The finder alone, for the not-found page (which loads it from this chunk). */
export function HomeFinder({ lang }: { lang: Lang }) {
  return <ErrorFinder lang={lang} />;
}

function ContinueJourney({ lang, entries }: { lang: Lang; entries: ListEntry[] }) {
  const t = useT(lang);
  const last = useProgress((s) => s.last);
  const setLast = useProgress((s) => s.setLast);
  if (!last) return null;
  const entry = entries.find((e) => e.guide === last.guide);
  if (!entry) return null;
  return (
    <section aria-labelledby="continue-heading" className="continue mt-6">
      <h2 id="continue-heading" className="section-heading">
        {t('home.continueTitle')}
      </h2>
      <div className="mt-2 flex flex-wrap items-center gap-3">
        <Link className="link-strong" to={paths.node(lang, last.guide, last.node, last.query)}>
          {t('home.continueLink', { title: entry.guideTitle })}
        </Link>
        <button type="button" className="btn-small" onClick={() => setLast(null)}>
          {t('home.continueDismiss')}
        </button>
      </div>
    </section>
  );
}
