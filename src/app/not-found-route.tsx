// The friendly not-found page, in the URL's language, with links to the guide's start (when the guide is
// known) and to home, and the error finder. Never a blank page.
import { lazy, Suspense, useEffect } from 'react';
import { Link, useLocation } from 'react-router';
import type { Lang } from '@/engine/types';
import { useT } from '@/lib/i18n';
import { useDocumentHead } from '@/lib/head';
import { paths } from '@/lib/paths';
import { emitPageEvent } from '@/lib/page-events';
import { PageHeading } from '@/components/page-heading';

// Loaded on demand from home's chunk (its own chunk would make the bundler split React out of the entry,
// ~0.5 KB more on every first load): a not-found page is rendered fresh in the browser (404.html is never
// hydrated), and the finder comes last on it, so appearing a moment later moves nothing.
const NotFoundFinder = lazy(() => import('@/app/home-route').then((m) => ({ default: m.HomeFinder })));

export function NotFoundPage({
  lang,
  guide,
}: {
  lang: Lang;
  guide?: { id: string; title: string; start: string };
}) {
  const t = useT(lang);
  const { pathname } = useLocation();
  useDocumentHead(`${t('notFound.title')} | ${t('app.name')}`);
  useEffect(() => {
    emitPageEvent({ kind: 'not-found', path: pathname, title: document.title });
  }, [pathname]);
  return (
    <section aria-labelledby="page-heading">
      <PageHeading>{t('notFound.title')}</PageHeading>
      <p className="mt-3">{t('notFound.body')}</p>
      <ul className="mt-6 space-y-3">
        {guide ? (
          <li>
            <Link className="link-strong" to={paths.node(lang, guide.id, guide.start)}>
              {t('notFound.guideStart', { title: guide.title })}
            </Link>
          </li>
        ) : null}
        <li>
          <Link className="link-strong" to={paths.home(lang)}>
            {t('notFound.home')}
          </Link>
        </li>
      </ul>
      <Suspense fallback={null}>
        <NotFoundFinder lang={lang} />
      </Suspense>
    </section>
  );
}

export function NotFoundRoute() {
  const location = useLocation();
  const lang: Lang = location.pathname.startsWith('/en') ? 'en' : 'ja';
  return <NotFoundPage lang={lang} />;
}
