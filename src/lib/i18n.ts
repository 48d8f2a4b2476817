// One i18next instance for UI strings (locales/<lang>/common.json), initialised synchronously so the
// prerender and the first client render produce the same text. Guide wording is typed data, not i18next.
import i18next from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import en from '@locales/en/common.json';
import ja from '@locales/ja/common.json';
import type { Lang } from '@/engine/types';

const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources: { ja: { common: ja }, en: { common: en } },
  lng: 'ja',
  fallbackLng: false,
  ns: ['common'],
  defaultNS: 'common',
  initAsync: false,
  interpolation: { escapeValue: false },
  react: { useSuspense: false },
  returnNull: false,
});

/** UI strings in the URL's language (never changeLanguage during render: the URL decides). */
export function useT(lang: Lang) {
  return useTranslation('common', { lng: lang }).t;
}
