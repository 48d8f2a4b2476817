// Colour theme and text size: one "Display settings" button in the header opens a small panel with both
// (labelled selects); they write the preference and mark <html> so CSS follows. The panel floats over the
// page, so opening or closing it moves nothing.
import { useEffect, useId, useRef, useState } from 'react';
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
  const id = useId();
  const [open, setOpen] = useState(false);
  const wrapper = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
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

  // A tap anywhere else closes the panel, as a menu would.
  useEffect(() => {
    if (!open) return;
    const onDown = (e: PointerEvent) => {
      if (!wrapper.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onDown);
    return () => document.removeEventListener('pointerdown', onDown);
  }, [open]);

  return (
    <div
      ref={wrapper}
      className="prefs"
      onKeyDown={(e) => {
        if (e.key !== 'Escape' || !open) return;
        e.preventDefault();
        setOpen(false);
        button.current?.focus();
      }}
      onBlur={(e) => {
        // Tabbing out of the panel closes it, so it never covers the control that has focus.
        if (open && e.relatedTarget && !e.currentTarget.contains(e.relatedTarget)) setOpen(false);
      }}
    >
      <button
        ref={button}
        type="button"
        className="btn-quiet"
        aria-expanded={open}
        aria-controls={`${id}-panel`}
        onClick={() => setOpen((o) => !o)}
      >
        {t('prefs.button')}
      </button>
      <div
        id={`${id}-panel`}
        className="prefs-panel"
        role="group"
        aria-label={t('prefs.button')}
        hidden={!open}
      >
        <label className="pref-select">
          <span className="field-label">{t('prefs.theme')}</span>
          <select value={theme} onChange={(e) => setTheme(e.target.value as ThemePref)}>
            <option value="system">{t('prefs.themeSystem')}</option>
            <option value="light">{t('prefs.themeLight')}</option>
            <option value="dark">{t('prefs.themeDark')}</option>
          </select>
        </label>
        <label className="pref-select">
          <span className="field-label">{t('prefs.textSize')}</span>
          <select value={textSize} onChange={(e) => setTextSize(e.target.value as TextSize)}>
            <option value="normal">{t('prefs.textNormal')}</option>
            <option value="large">{t('prefs.textLarge')}</option>
            <option value="larger">{t('prefs.textLarger')}</option>
          </select>
        </label>
      </div>
    </div>
  );
}
