// The page frame for one language: skip link, header with language and display preferences, the main
// region, footer, and focus/announcement handling after each navigation.
import { Suspense, useEffect, useRef } from 'react';
import { Link, Outlet, useLocation } from 'react-router';
import type { Lang } from '@/engine/types';
import { useT } from '@/lib/i18n';
import { useHydrated } from '@/lib/hydrated';
import { basePath, paths } from '@/lib/paths';
import { rehydratePreferences } from '@/stores/preferences';
import { rehydrateProgress } from '@/stores/progress';
import { DisplayPreferences } from '@/app/display-preferences';
import { JsOnly } from '@/components/js-only';
import { helpdeskPath } from '@/features/helpdesk/path';

function otherLang(lang: Lang): Lang {
  return lang === 'ja' ? 'en' : 'ja';
}

export function Layout({ lang }: { lang: Lang }) {
  const t = useT(lang);
  const location = useLocation();
  const hydrated = useHydrated();
  const liveRegion = useRef<HTMLDivElement>(null);
  const firstRender = useRef(true);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  useEffect(() => {
    void rehydratePreferences();
    void rehydrateProgress();
  }, []);

  // After a navigation (not the first load: the reader is already at the top), move focus to the new
  // page's heading and announce it, as a full page load would for a screen reader. A page still loading
  // (another guide's first page) does it when it arrives: see PageLoading.
  const showPage = () => {
    const heading = document.getElementById('page-heading');
    // Not the previous page's heading, which React hides (display: none) while the next page loads.
    if (!heading || heading.closest('[style*="display: none"]')) return;
    heading.focus({ preventScroll: false });
    window.scrollTo({ top: 0 });
    // Written straight into the live region (an external system for React), so no extra render.
    if (liveRegion.current)
      liveRegion.current.textContent = t('announce.page', { title: heading.textContent ?? '' });
  };
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    if (location.hash) return;
    showPage();
    // Only when the page changes; showPage reads the page as it is then.
  }, [location.pathname, location.search, location.hash]); // eslint-disable-line react-hooks/exhaustive-deps

  const otherPath = location.pathname.replace(/^\/(ja|en)(?=\/|$)/, `/${otherLang(lang)}`);
  const switchTo = hydrated ? `${otherPath}${location.search}${location.hash}` : otherPath;

  return (
    <div className="min-h-screen flex flex-col">
      <a href="#main" className="skip-link">
        {t('app.skipToContent')}
      </a>
      <header className="site-chrome border-b border-line bg-surface">
        <div className="mx-auto flex max-w-3xl flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-3">
          <Link to={paths.home(lang)} className="site-title">
            {t('app.name')}
          </Link>
          <div className="flex flex-wrap items-center gap-2">
            <Link to={switchTo} lang={otherLang(lang)} hrefLang={otherLang(lang)} className="btn-quiet">
              {t('app.switchTo')}
              <span className="sr-only"> ({t('app.switchToLabel')})</span>
            </Link>
            <JsOnly>
              <DisplayPreferences lang={lang} />
            </JsOnly>
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-3xl flex-1 px-4 py-6 outline-none">
        <p className="embed-only mb-2 justify-end">
          <a
            href={`${basePath}${location.pathname}${hydrated ? location.search.replace(/([?&])embed=1(&|$)/, '$1').replace(/[?&]$/, '') : ''}`}
            target="_blank"
            rel="noopener"
            className="btn-quiet"
          >
            {t('app.newTab')}
          </a>
        </p>
        <Suspense fallback={<PageLoading onArrived={showPage} />}>
          <Outlet />
        </Suspense>
      </main>
      <footer className="site-chrome border-t border-line">
        <div className="mx-auto max-w-3xl px-4 py-4 text-sm text-muted">
          <p>{t('app.footer')}</p>
          <p className="mt-2">
            <Link to={helpdeskPath(lang)} className="btn-quiet">
              {t('helpdesk.footerLink')}
            </Link>
          </p>
        </div>
      </footer>
      <div ref={liveRegion} aria-live="polite" aria-atomic="true" className="sr-only" />
    </div>
  );
}

/**
 * Stands in while a page reached in the app loads (its guide's first page: a chunk or two): nothing
 * visible for the moment that takes, then focus and the announcement go to the page that arrived.
 */
function PageLoading({ onArrived }: { onArrived: () => void }) {
  // On unmount: the page has arrived (or the reader left first, and there is no heading to go to).
  useEffect(() => onArrived, []); // eslint-disable-line react-hooks/exhaustive-deps
  return null;
}
