import i18n, { type BackendModule } from 'i18next';
import { initReactI18next } from 'react-i18next';
import sv from './sv.json';

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

/** Swedish comes with the app; English loads when someone asks for it (most readers never do). */
const englishOnDemand: BackendModule = {
  type: 'backend',
  init() {},
  read(language, _namespace, done) {
    if (language !== 'en') return done(null, language === 'sv' ? sv : null);
    import('./en.json').then(
      (m) => done(null, m.default),
      (error: Error) => done(error, null),
    );
  },
};

void i18n
  .use(englishOnDemand)
  .use(initReactI18next)
  .init({
    resources: { sv: { translation: sv } },
    partialBundledLanguages: true,
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
