import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from '../i18n';
import type * as maplibregl from 'maplibre-gl';
import { centroid } from '@turf/turf';
import type { Geometry } from 'geojson';
import { usePublicActions, usePublicFootfall, usePublicVacancies } from '../api/publicView';
import { useConfig } from '../api/queries';
import { showsGenerated } from '../provenance';
import { MapView, type MapPick } from '../map/MapView';
import { useBasemapStyle } from '../map/useBasemapStyle';
import { PUBLIC_PICK_LAYERS, usePublicLayers } from '../map/publicLayers';
import { FOCUS_AREA_COLORS, rgbaCss, VACANT_COLOR } from '../map/layers/colors';
import { LanguageSwitch } from '../panels/LanguageSwitch';
import { ShareButton } from '../panels/ShareButton';
import { ActionTimeline } from '../panels/actionPlan/ActionTimeline';
import { formatDate, formatDecimal, formatInteger } from '../i18n/format';
import { pathWithinPlace, placePath } from '../place';
import { staticExport } from '../staticExport';
import { photoExtension } from '../../server/domain/photoExtension';
import { premisesLabel } from '../premisesLabel';

// The static export is one page on a plain file server: there the action goes in `?action=`.
function actionIdFromPath(): string | null {
  if (staticExport) return new URLSearchParams(window.location.search).get('action');
  return pathWithinPlace().match(/^\/public\/actions\/([^/]+)/)?.[1] ?? null;
}

/** A listing's own link (`/public/vacancies/:id`, `?vacancy=` in the export), as owners share it. */
function vacancyIdFromPath(): string | null {
  if (staticExport) return new URLSearchParams(window.location.search).get('vacancy');
  return pathWithinPlace().match(/^\/public\/vacancies\/([^/]+)/)?.[1] ?? null;
}

/** A listing's photo: from the server, or the export's data folder (`photo.jpg`, `.png`, `.webp`). */
function listingPhotoUrl(id: string, type: string): string {
  if (staticExport)
    return `${staticExport.data}/public/vacancies/${encodeURIComponent(id)}/photo.${photoExtension(type)}`;
  return `/api/public/vacancies/${encodeURIComponent(id)}/photo`;
}

function actionPath(id: string | null): string {
  if (staticExport) return `${window.location.pathname}${id ? `?action=${encodeURIComponent(id)}` : ''}`;
  return placePath(id ? `/public/actions/${id}` : '/public');
}

/**
 * The public map: what is being improved in the centre, where and when, and premises on offer.
 * The list beside the map says everything the map shows, for keyboards and screen readers.
 */
export function PublicMapPage() {
  const { t } = useTranslation();
  const config = useConfig();
  const actionsData = usePublicActions().data;
  const vacanciesData = usePublicVacancies().data;
  const actions = useMemo(() => actionsData?.actions ?? [], [actionsData]);
  const vacancies = useMemo(() => vacanciesData?.vacancies ?? [], [vacanciesData]);
  const footfall = usePublicFootfall().data?.weeks ?? [];
  const [map, setMap] = useState<maplibregl.Map | null>(null);
  const [selectedId, setSelectedId] = useState<string | null>(actionIdFromPath);
  const [vacancyId] = useState(vacancyIdFromPath);
  const [tab, setTab] = useState<'actions' | 'timeline' | 'vacancies'>(vacancyId ? 'vacancies' : 'actions');
  const style = useBasemapStyle();

  const select = useCallback((id: string | null) => {
    setSelectedId(id);
    window.history.replaceState(null, '', `${actionPath(id)}${window.location.hash}`);
  }, []);

  // A shared link (/public/actions/:id) opens the map at that action.
  useEffect(() => {
    const action = actions.find((a) => a.id === selectedId);
    if (map && action?.geometry)
      map.flyTo({
        center: centroid(action.geometry as Geometry).geometry.coordinates as [number, number],
        // The streets around it, not the pavement: a reader must see where in the centre it is.
        zoom: 16,
        // Beside the list panel (above it on a phone), not under it.
        padding: panelPadding(),
      });
  }, [map, selectedId, actions]);

  // A listing's link opens the map at the premises, its entry shown in the list.
  useEffect(() => {
    const vacancy = vacancies.find((v) => v.id === vacancyId);
    if (!map || !vacancy) return;
    map.flyTo({ center: [vacancy.lon, vacancy.lat], zoom: 17, padding: panelPadding() });
    document.getElementById(`vacancy-${vacancy.id}`)?.scrollIntoView({ block: 'nearest' });
  }, [map, vacancyId, vacancies]);

  // The tab and a bookmark say what is shown (the server says the same to link previews).
  const centreName = config.data?.centre?.name;
  useEffect(() => {
    if (!centreName) return;
    const action = actions.find((a) => a.id === selectedId);
    document.title = action ? `${action.title} – ${centreName}` : t('public.title', { centre: centreName });
  }, [actions, selectedId, centreName, t]);

  useEffect(() => {
    const onPop = () => setSelectedId(actionIdFromPath());
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  usePublicLayers(map, actions, vacancies, selectedId, vacancyId);
  const onPick = useCallback(
    (info: MapPick) => {
      const id = (info.object as { properties?: { id?: string } } | undefined)?.properties?.id;
      if (info.layer?.id === 'actions' && id) {
        setTab('actions');
        select(id);
      }
    },
    [select],
  );
  const tooltip = useCallback(
    (info: MapPick) => {
      const p = (info.object as { properties?: { title?: string; address?: string | null } } | undefined)?.properties;
      if (info.layer?.id === 'actions') return p?.title ?? null;
      if (info.layer?.id === 'vacancies') {
        const vacancy = vacancies.find((v) => v.id === (p as { id?: string } | undefined)?.id);
        return `${t('public.vacantPremises')}${vacancy ? `\n${premisesLabel(vacancy, t)}` : ''}`;
      }
      return null;
    },
    [t, vacancies],
  );

  if (!style || !config.data?.centre) return <p className="fatal">{t('app.loading')}</p>;
  const selected = actions.find((a) => a.id === selectedId) ?? null;
  return (
    <div className="app public">
      <MapView
        style={style}
        initialBounds={config.data.centre.bbox}
        pickLayers={PUBLIC_PICK_LAYERS}
        boundsPadding={panelPadding()}
        showFabric
        onViewportChange={() => {}}
        onMapReady={setMap}
        onPick={onPick}
        getTooltip={tooltip}
      />
      <main className="panel public-panel" aria-labelledby="public-title">
        <header>
          <h1 id="public-title">{t('public.title', { centre: config.data.centre.name })}</h1>
          <p className="muted">{t('public.intro')}</p>
          <LanguageSwitch />
        </header>
        <div className="tabs" role="tablist">
          <button type="button" role="tab" aria-selected={tab === 'actions'} onClick={() => setTab('actions')}>
            {t('public.whatHappens')}
            {countWhenKnown(actionsData?.actions)}
          </button>
          <button type="button" role="tab" aria-selected={tab === 'timeline'} onClick={() => setTab('timeline')}>
            {t('public.when')}
          </button>
          <button type="button" role="tab" aria-selected={tab === 'vacancies'} onClick={() => setTab('vacancies')}>
            {/* The tab's key: a vacant premises is this ring on the map. */}
            <span className="vacancy-ring" style={{ borderColor: rgbaCss(VACANT_COLOR) }} aria-hidden />
            {t('public.vacancies')}
            {countWhenKnown(vacanciesData?.vacancies)}
          </button>
        </div>
        {tab === 'actions' && (
          <ol className="rows public-actions" data-testid="public-actions">
            {actions.map((a) => (
              <li
                key={a.id}
                aria-current={a.id === selectedId}
                className={a.id === selectedId ? 'selected' : undefined}
              >
                <button type="button" className="link" onClick={() => select(a.id)} aria-expanded={a.id === selectedId}>
                  <span
                    className="dot"
                    style={{ background: rgbaCss(FOCUS_AREA_COLORS[a.focusArea as keyof typeof FOCUS_AREA_COLORS]) }}
                    aria-hidden
                  />{' '}
                  {a.title}
                </button>
                <span className="muted">
                  {t(`actionStatus.${a.status}`)} · {t(`focusAreas.${a.focusArea}`)}
                  {a.start ? ` · ${formatDate(a.start)}${a.end ? ` – ${formatDate(a.end)}` : ''}` : ''}
                </span>
                {(a.id === selectedId || !selected) && <p>{a.publicText}</p>}
                {a.id === selectedId && <ShareButton title={a.title} url={window.location.href} />}
              </li>
            ))}
          </ol>
        )}
        {tab === 'timeline' && (
          <ActionTimeline actions={actions} selectedId={selectedId} onSelect={(id) => select(id)} />
        )}
        {tab === 'vacancies' && (
          <ul className="rows" data-testid="public-vacancies">
            {vacancies.map((v) => (
              <li
                key={v.id}
                id={`vacancy-${v.id}`}
                aria-current={v.id === vacancyId}
                className={v.id === vacancyId ? 'selected' : undefined}
              >
                <strong>{premisesLabel(v, t)}</strong>
                <span className="muted">
                  {v.address && (
                    <>
                      {t(`kinds.${v.kind}`)}
                      {v.floorAreaM2 ? ` · ${t('units.m2', { value: formatInteger(v.floorAreaM2) })}` : ''} ·{' '}
                    </>
                  )}
                  {t('public.emptySince', { date: formatDate(v.vacantSince) })}
                </span>
                {v.offer && <p>{v.offer}</p>}
                {v.photoType && (
                  <img
                    className="listing-photo"
                    src={listingPhotoUrl(v.id, v.photoType)}
                    alt={t('public.listingPhoto', { name: premisesLabel(v, t) })}
                    loading="lazy"
                  />
                )}
                {v.contact && (
                  <span>
                    {t('public.contact')}: {v.contact}
                  </span>
                )}
              </li>
            ))}
          </ul>
        )}
        {footfall.length > 1 && <FootfallTrend weeks={footfall} />}
        <p className="muted small">
          {showsGenerated(config.data.provenance) && t('public.generatedNote')}{' '}
          {!staticExport && <a href={placePath('/')}>{t('public.toPlannerMap')}</a>}
        </p>
      </main>
    </div>
  );
}

/**
 * Where the list panel lies over the map: along the bottom half on a phone, on the right on a
 * wider screen. The opening view fits the centre into the rest.
 */
function panelPadding() {
  const { innerWidth: w, innerHeight: h } = window;
  return w < 700
    ? { top: 16, right: 16, bottom: Math.round(h * 0.5), left: 16 }
    : { top: 16, right: Math.min(440, Math.round(w * 0.4)), bottom: 16, left: 16 };
}

/** A tab's count once its list is here: " (5)"; nothing while it loads, rather than a "(0)". */
function countWhenKnown(list: readonly unknown[] | undefined) {
  return list ? ` (${formatInteger(list.length)})` : '';
}

/** Visitors per week in the centre, the last weeks, as bars with the numbers read out for screen readers. */
function FootfallTrend({ weeks }: { weeks: { week: string; count: number }[] }) {
  const { t } = useTranslation();
  const max = Math.max(...weeks.map((w) => w.count));
  const last = weeks[weeks.length - 1];
  const previous = weeks[weeks.length - 2];
  const change = (last.count / previous.count - 1) * 100;
  return (
    <section aria-labelledby="footfall-title" data-testid="public-footfall">
      <h3 id="footfall-title">{t('public.footfall')}</h3>
      <p>
        {t('public.footfallLast', { visitors: formatInteger(last.count), week: formatDate(last.week) })} (
        {change >= 0 ? '+' : '−'}
        {formatDecimal(Math.abs(change))} %)
      </p>
      <div className="bars" aria-hidden>
        {weeks.map((w) => (
          <span
            key={w.week}
            title={`${formatDate(w.week)}: ${formatInteger(w.count)}`}
            style={{ height: `${Math.round((w.count / max) * 100)}%` }}
          />
        ))}
      </div>
    </section>
  );
}
