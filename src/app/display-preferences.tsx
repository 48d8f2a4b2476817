// Colour theme and text size controls; they write the preference and mark <html> so CSS follows.
import { useEffect } from 'react';
import type { Lang } from '@/engine/types';
import { useT } from '@/lib/i18n';
import { usePreferences, type TextSize, type ThemePref } from '@/stores/preferences';

function applyTheme(theme: ThemePref): void {
  const root = document.documentElement;
  const dark =
    theme === 'dark' || (theme === 'system' && window.matchMedia?.('(prefers-color-scheme: dark)').matches);
  // An embedding page may force a theme with ?theme=; boot.js marks that and we leave it alone.
  if (root.dataset.themeLocked === '1') return;
  root.dataset.theme = dark ? 'dark' : 'light';
}

export function DisplayPreferences({ lang }: { lang: Lang }) {
  const t = useT(lang);
  const theme = usePreferences((s) => s.theme);
  const textSize = usePreferences((s) => s.textSize);
  const setTheme = usePreferences((s) => s.setTheme);
  const setTextSize = usePreferences((s) => s.setTextSize);

  useEffect(() => {
    applyTheme(theme);
    if (theme !== 'system') return;
    const query = window.matchMedia?.('(prefers-color-scheme: dark)');
    const onChange = () => applyTheme('system');
    query?.addEventListener('change', onChange);
    return () => query?.removeEventListener('change', onChange);
  }, [theme]);

  useEffect(() => {
    document.documentElement.dataset.text = textSize;
  }, [textSize]);

  return (
    <>
      <label className="pref-select">
        <span className="sr-only">{t('prefs.theme')}</span>
        <select
          value={theme}
          onChange={(e) => setTheme(e.target.value as ThemePref)}
          aria-label={t('prefs.theme')}
        >
          <option value="system">{t('prefs.themeSystem')}</option>
          <option value="light">{t('prefs.themeLight')}</option>
          <option value="dark">{t('prefs.themeDark')}</option>
        </select>
      </label>
      <label className="pref-select">
        <span className="sr-only">{t('prefs.textSize')}</span>
        <select
          value={textSize}
          onChange={(e) => setTextSize(e.target.value as TextSize)}
          aria-label={t('prefs.textSize')}
        >
          <option value="normal">{t('prefs.textNormal')}</option>
          <option value="large">{t('prefs.textLarge')}</option>
          <option value="larger">{t('prefs.textLarger')}</option>
        </select>
      </label>
    </>
  );
}
