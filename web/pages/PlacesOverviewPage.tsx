import '../i18n/workspaceTexts';
import { useState } from 'react';
import { useTranslation } from '../i18n';
import { usePlacesOverview } from '../api/queries';
import { ErrorText } from '../api/errorText';
import { formatDate, formatDecimal, formatInteger, formatPercent } from '../i18n/format';
import { LanguageSwitch } from '../panels/LanguageSwitch';
import { useMe } from '../api/auth';
import { useCreatePlace } from '../api/imports';
import { useNarrowScreen } from '../panels/useNarrowScreen';

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

type Place = NonNullable<ReturnType<typeof usePlacesOverview>['data']>['places'][number];

/** A place's headline figures, each with its label and what it is of (e.g. "6 av 851"). */
function useFigures() {
  const { t } = useTranslation();
  const signed = (v: number) => `${v > 0 ? '+' : v < 0 ? '−' : '±'}${formatDecimal(Math.abs(v))} %`;
  return (p: Place) => [
    {
      label: t('overview.vacancy'),
      value: p.vacancy.rate === null ? '–' : t('units.percent', { value: formatPercent(p.vacancy.rate) }),
      detail: t('overview.ofPremises', {
        vacant: formatInteger(p.vacancy.vacant),
        premises: formatInteger(p.vacancy.premises),
      }),
    },
    {
      label: t('overview.footfall'),
      value: p.footfall ? formatInteger(p.footfall.total) : '–',
      detail: p.footfall ? t('overview.weekOf', { date: formatDate(p.footfall.week) }) : '',
    },
    {
      label: t('overview.change'),
      value: p.footfall?.changePercent != null ? signed(p.footfall.changePercent) : '–',
      detail: '',
    },
    {
      label: t('overview.actionsDone'),
      value: t('overview.doneOf', { done: formatInteger(p.actions.done), total: formatInteger(p.actions.total) }),
      detail: '',
    },
  ];
}

/** A figure and, quieter, what it is of. */
function FigureValue({ figure }: { figure: { value: string; detail: string } }) {
  return (
    <>
      {figure.value}
      {figure.detail && <span className="muted"> {figure.detail}</span>}
    </>
  );
}

/** The first place is the installation's default: its address is the root. */
const placeHref = (p: Place, i: number) => (i === 0 ? '/' : `/p/${p.id}/`);

/** Side by side on a screen wide enough; one card per place on a phone. */
function Figures({ places }: { places: readonly Place[] }) {
  const { t } = useTranslation();
  const figures = useFigures();
  const narrow = useNarrowScreen();
  if (narrow)
    return (
      <ul className="overview-cards" data-testid="places-overview">
        {places.map((p, i) => (
          <li key={p.id}>
            <h2>
              <a href={placeHref(p, i)}>{p.name}</a>
            </h2>
            <dl>
              {figures(p).map((f) => (
                <div key={f.label}>
                  <dt>{f.label}</dt>
                  <dd>
                    <FigureValue figure={f} />
                  </dd>
                </div>
              ))}
            </dl>
          </li>
        ))}
      </ul>
    );
  return (
    <table className="overview-table" data-testid="places-overview">
      <thead>
        <tr>
          <th scope="col">{t('overview.place')}</th>
          {places[0] &&
            figures(places[0]).map((f) => (
              <th key={f.label} scope="col">
                {f.label}
              </th>
            ))}
        </tr>
      </thead>
      <tbody>
        {places.map((p, i) => (
          <tr key={p.id}>
            <th scope="row">
              <a href={placeHref(p, i)}>{p.name}</a>
            </th>
            {figures(p).map((f) => (
              <td key={f.label}>
                <FigureValue figure={f} />
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
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
      {places.length > 0 && <Figures places={places} />}
      <p className="muted">{t('overview.definitions')}</p>
      {isPlanner && <NewPlace />}
    </main>
  );
}
