import { useTranslation } from '../i18n';
import { usePlaces } from '../api/queries';
import { currentPlace } from '../place';

/** Which centre the map shows; choosing another opens its address, `/p/<place>/`. */
export function PlacePicker() {
  const { t } = useTranslation();
  const places = usePlaces().data?.places ?? [];
  const defaultId = places[0]?.id;
  const current = currentPlace() ?? defaultId ?? '';
  if (places.length < 2) return null;
  return (
    <div className="place-picker">
      <label>
        {t('place.label')}
        <select
          value={current}
          onChange={(e) => window.location.assign(e.target.value === defaultId ? '/' : `/p/${e.target.value}/`)}
        >
          {places.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </label>
      <a href="/places">{t('overview.all')}</a>
    </div>
  );
}
