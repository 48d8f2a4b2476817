// The friendly not-found page, in the URL's language, with links to the guide's start (when the guide is
// known) and to home. Never a blank page.
import { useEffect } from 'react';
import { Link, useLocation } from 'react-router';
import type { Lang } from '@/engine/types';
import { useT } from '@/lib/i18n';
import { useDocumentHead } from '@/lib/head';
import { paths } from '@/lib/paths';
import { emitPageEvent } from '@/lib/page-events';
import { PageHeading } from '@/components/page-heading';

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
    </section>
  );
}

export function NotFoundRoute() {
  const location = useLocation();
  const lang: Lang = location.pathname.startsWith('/en') ? 'en' : 'ja';
  return <NotFoundPage lang={lang} />;
}
