// "/" picks a language from the browser (Japanese by default); an unknown language prefix
// ("/fr/<guide>/<node>/") opens the same path in Japanese.
import { Navigate, useLocation } from 'react-router';
import { useHydrated } from '@/lib/hydrated';
import { paths } from '@/lib/paths';
import type { Lang } from '@/engine/types';
import { NotFoundPage } from '@/app/not-found-route';

function preferredLang(languages: readonly string[] | undefined): Lang {
  const first = languages?.find((l) => /^(ja|en)\b/i.test(l));
  return first?.toLowerCase().startsWith('en') ? 'en' : 'ja';
}

export function RootRedirect() {
  const hydrated = useHydrated();
  const location = useLocation();
  if (!hydrated) {
    // The prerendered "/" is the Japanese home's twin so that it is useful even without JavaScript.
    return <Navigate to={paths.home('ja')} replace />;
  }
  const lang = preferredLang(typeof navigator === 'undefined' ? undefined : navigator.languages);
  return <Navigate to={`${paths.home(lang)}${location.search}${location.hash}`} replace />;
}

export function UnknownLanguage() {
  const location = useLocation();
  const rest = location.pathname.replace(/^\/[^/]*/, '');
  const hydrated = useHydrated();
  if (hydrated && rest && rest !== '/') {
    return <Navigate to={`/ja${rest}${location.search}${location.hash}`} replace />;
  }
  return <NotFoundPage lang="ja" />;
}
