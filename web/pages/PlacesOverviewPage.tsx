import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePlacesOverview } from '../api/queries';
import { ErrorText } from '../api/errorText';
import { formatDate, formatDecimal, formatInteger, formatPercent } from '../i18n/format';
import { LanguageSwitch } from '../panels/LanguageSwitch';
import { useMe } from '../api/auth';
import { useCreatePlace } from '../api/imports';

/** A planner adds a centre by its place name; it opens empty, ready for its data. */
function NewPlace() {
  const { t } = useTranslation();
  const create = useCreatePlace();
  const [name, setName] = useState('');
  return (
    <form
      className="new-place"
      onSubmit={(e) => {
        e.preventDefault();
        create.mutate(name.trim(), { onSuccess: (place) => window.location.assign(`/p/${place.id}/`) });
      }}
    >
      <label>
        {t('overview.newPlace')}
        <input
          value={name}
          onChange={(e) => setName(e.target.value)}
          placeholder={t('overview.newPlaceName')}
          required
          minLength={2}
        />
      </label>
      <button type="submit" disabled={create.isPending}>
        {t('overview.create')}
      </button>
      <ErrorText error={create.error} />
    </form>
  );
}

/**
 * "Figures for our places": every centre's headline figures side by side, with the same
 * definitions everywhere, as a network of centres compares them.
 */
export function PlacesOverviewPage() {
  const { t } = useTranslation();
  const overview = usePlacesOverview();
  const isPlanner = useMe().data?.user?.role === 'planner';
  const places = overview.data?.places ?? [];
  const signed = (v: number) => `${v > 0 ? '+' : v < 0 ? '−' : '±'}${formatDecimal(Math.abs(v))} %`;
  return (
    <main className="overview-page">
      <header className="overview-header">
        <div>
          <h1>{t('overview.title')}</h1>
          <p className="muted">{t('overview.intro')}</p>
        </div>
        <LanguageSwitch />
      </header>
      <ErrorText error={overview.error} />
      {!overview.data && !overview.error && <p>{t('app.loading')}</p>}
      {places.length > 0 && (
        <table className="overview-table" data-testid="places-overview">
          <thead>
            <tr>
              <th scope="col">{t('overview.place')}</th>
              <th scope="col">{t('overview.vacancy')}</th>
              <th scope="col">{t('overview.footfall')}</th>
              <th scope="col">{t('overview.change')}</th>
              <th scope="col">{t('overview.actionsDone')}</th>
            </tr>
          </thead>
          <tbody>
            {places.map((p, i) => (
              <tr key={p.id}>
                <th scope="row">
                  <a href={i === 0 ? '/' : `/p/${p.id}/`}>{p.name}</a>
                </th>
                <td>
                  {p.vacancy.rate === null ? '–' : t('units.percent', { value: formatPercent(p.vacancy.rate) })}
                  <span className="muted">
                    {' '}
                    {t('overview.ofPremises', {
                      vacant: formatInteger(p.vacancy.vacant),
                      premises: formatInteger(p.vacancy.premises),
                    })}
                  </span>
                </td>
                <td>
                  {p.footfall ? formatInteger(p.footfall.total) : '–'}
                  {p.footfall && (
                    <span className="muted"> {t('overview.weekOf', { date: formatDate(p.footfall.week) })}</span>
                  )}
                </td>
                <td>{p.footfall?.changePercent != null ? signed(p.footfall.changePercent) : '–'}</td>
                <td>
                  {t('overview.doneOf', { done: formatInteger(p.actions.done), total: formatInteger(p.actions.total) })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="muted">{t('overview.definitions')}</p>
      {isPlanner && <NewPlace />}
    </main>
  );
}
