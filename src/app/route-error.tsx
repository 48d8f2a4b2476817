// Shown if rendering a page throws (a bug, or a chunk that failed to load offline): a calm message in the
// URL's language with a way home, instead of a blank page or a stack trace.
import { useEffect } from 'react';
import { Link, useLocation } from 'react-router';
import type { Lang } from '@/engine/types';
import { useT } from '@/lib/i18n';
import { paths } from '@/lib/paths';
import { PageHeading } from '@/components/page-heading';

export function RouteError({ error }: { error: unknown }) {
  const location = useLocation();
  const lang: Lang = location.pathname.startsWith('/en') ? 'en' : 'ja';
  const t = useT(lang);
  useEffect(() => {
    console.warn('Page failed to render:', error);
  }, [error]);
  return (
    <main className="mx-auto max-w-3xl px-4 py-6">
      <PageHeading>{t('error.title')}</PageHeading>
      <p className="mt-3">{t('error.body')}</p>
      <p className="mt-4 flex flex-wrap gap-4">
        <a className="link-strong" href={location.pathname + location.search}>
          {t('error.reload')}
        </a>
        <Link className="link-strong" to={paths.home(lang)}>
          {t('notFound.home')}
        </Link>
      </p>
    </main>
  );
}
