import { changeLanguage, LANGUAGES, useTranslation } from '../i18n';

export function LanguageSwitch() {
  const { t, language } = useTranslation();
  return (
    <div className="language-switch" role="group" aria-label={t('app.language')}>
      {LANGUAGES.map((lng) => (
        <button
          key={lng}
          type="button"
          aria-pressed={language === lng}
          onClick={() => void changeLanguage(lng)}
          lang={lng}
        >
          {lng === 'sv' ? 'Svenska' : 'English'}
        </button>
      ))}
    </div>
  );
}
