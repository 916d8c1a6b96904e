import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import sv from './sv.json';
import en from './en.json';

export const LANGUAGES = ['sv', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
const STORAGE_KEY = 'platsatlas.language';

/** `?lang=en` (how the server's PDF printer asks for a language), else the reader's last choice, else Swedish. */
function initialLanguage(): Language {
  const asked = new URLSearchParams(globalThis.location?.search ?? '').get('lang');
  if (asked === 'en' || asked === 'sv') return asked;
  const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
  return stored === 'en' ? 'en' : 'sv';
}

void i18n.use(initReactI18next).init({
  resources: { sv: { translation: sv }, en: { translation: en } },
  lng: initialLanguage(),
  fallbackLng: 'sv',
  interpolation: { escapeValue: false },
});

i18n.on('languageChanged', (lng) => {
  document.documentElement.lang = lng;
  globalThis.localStorage?.setItem(STORAGE_KEY, lng);
});
document.documentElement.lang = i18n.language;

export default i18n;
