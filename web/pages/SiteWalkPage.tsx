import '../i18n/workspaceTexts';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from '../i18n';
import { featureBounds } from '../map/layers/geojson';
import type * as maplibregl from 'maplibre-gl';
import { useConfig, useDistrict } from '../api/queries';
import { useMe } from '../api/auth';
import { useObservations, useWalks } from '../api/siteWalks';
import { MapView, type MapPick } from '../map/MapView';
import { useBasemapStyle } from '../map/useBasemapStyle';
import { districtsLayer } from '../map/layers/districts';
import { observationsLayer, type ObservationFeature } from '../map/layers/observations';
import { SignIn } from '../panels/SignIn';
import { LanguageSwitch } from '../panels/LanguageSwitch';
import { FOCUS_AREAS, type FocusArea } from '../../server/domain/actionPlan';
import { ObservationForm } from '../panels/walk/ObservationForm';
import { ObservationList } from '../panels/walk/ObservationList';
import { WalkPicker } from '../panels/walk/WalkPicker';
import { placePath } from '../place';

/**
 * The site walk (platsvandring), made for a phone in the hand: walk the centre, tap the map or
 * take the GPS position, and note what you see per focus area, good or a problem, with a photo.
 */
export function SiteWalkPage({ districtId }: { districtId: string }) {
  const { t } = useTranslation();
  const config = useConfig();
  const me = useMe();
  const isPlanner = me.data?.user?.role === 'planner';
  const districts = useDistrict(districtId);
  const district = districts.data;
  const walks = useWalks(districtId);
  const [walkId, setWalkId] = useState<string | null>(null);
  const [focusFilter, setFocusFilter] = useState<FocusArea | ''>('');
  const [walkFilter, setWalkFilter] = useState<string>('');
  const observations = useObservations(districtId, {
    focusArea: focusFilter || undefined,
    walkId: walkFilter || undefined,
  });
  const [draft, setDraft] = useState<[number, number] | null>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [map, setMap] = useState<maplibregl.Map | null>(null);
  const bounds = useMemo(() => (district ? featureBounds(district) : null), [district]);
  const style = useBasemapStyle();
  const chosenWalk = walkId ?? walks.data?.walks[0]?.id ?? null;

  // A tap on an observation selects it; a tap anywhere else places the next observation there.
  const onPick = useCallback((info: MapPick) => {
    const id = (info.object as ObservationFeature | undefined)?.id;
    if (info.layer?.id === 'observations' && id) setSelectedId(id);
    else if (info.coordinate) setDraft([info.coordinate[0], info.coordinate[1]]);
  }, []);
  const features = useMemo(() => (observations.data?.features ?? []) as ObservationFeature[], [observations.data]);
  const layers = useMemo(
    () => [...(district ? [districtsLayer([district])] : []), ...observationsLayer(features, selectedId, draft)],
    [district, features, selectedId, draft],
  );
  const [noPosition, setNoPosition] = useState(false);
  const locate = () => {
    setNoPosition(false);
    if (!navigator.geolocation) {
      setNoPosition(true);
      return;
    }
    navigator.geolocation.getCurrentPosition(
      (p) => {
        const at: [number, number] = [p.coords.longitude, p.coords.latitude];
        setDraft(at);
        map?.flyTo({ center: at, zoom: 18 });
      },
      () => setNoPosition(true),
      { enableHighAccuracy: true, timeout: 15_000 },
    );
  };

  // Who is signed in is known before the sheet is drawn, so a planner never sees the sign-in form
  // flash by (and the map does not change size under a finger as the sheet changes).
  if (!style || !config.data?.centre || districts.isLoading || me.isPending)
    return <p className="fatal">{t('app.loading')}</p>;
  if (!district) return <p className="fatal">{t('walk.noDistrict')}</p>;
  return (
    <div className="walk-page" data-testid="walk-page">
      <MapView
        style={style}
        initialBounds={bounds ?? config.data.centre.bbox}
        layers={layers}
        showFabric
        onViewportChange={() => {}}
        onMapReady={setMap}
        onPick={onPick}
        getTooltip={(info) =>
          info.layer?.id === 'observations' ? (info.object as ObservationFeature).properties.text : null
        }
      />
      <header className="panel walk-header">
        <a href={placePath('/')} className="back" aria-label={t('walk.back')}>
          ←
        </a>
        <div>
          <p className="kicker">{t('walk.title')}</p>
          <h1>{district.properties.name}</h1>
        </div>
        <LanguageSwitch />
      </header>
      <section className="panel walk-sheet" aria-label={t('walk.title')}>
        {!isPlanner ? (
          <>
            <p>{t('walk.signInFirst')}</p>
            <SignIn />
          </>
        ) : (
          <>
            <WalkPicker
              districtId={districtId}
              walks={walks.data?.walks ?? []}
              value={chosenWalk}
              onChange={setWalkId}
            />
            {draft && chosenWalk ? (
              <ObservationForm districtId={districtId} walkId={chosenWalk} at={draft} onDone={() => setDraft(null)} />
            ) : (
              <div className="walk-hint">
                <p>{t('walk.tapHint')}</p>
                <button type="button" onClick={locate}>
                  {t('walk.useGps')}
                </button>
                {noPosition && (
                  <p role="alert" className="error">
                    {t('walk.noPosition')}
                  </p>
                )}
              </div>
            )}
            <details className="walk-list">
              <summary>
                {observations.data ? t('walk.observations', { count: features.length }) : t('walk.observationsLoading')}
              </summary>
              <div className="two">
                <label>
                  {t('walk.filterFocus')}
                  <select value={focusFilter} onChange={(e) => setFocusFilter(e.target.value as FocusArea | '')}>
                    <option value="">{t('walk.all')}</option>
                    {FOCUS_AREAS.map((f) => (
                      <option key={f} value={f}>
                        {t(`focusAreas.${f}`)}
                      </option>
                    ))}
                  </select>
                </label>
                <label>
                  {t('walk.filterWalk')}
                  <select value={walkFilter} onChange={(e) => setWalkFilter(e.target.value)}>
                    <option value="">{t('walk.all')}</option>
                    {(walks.data?.walks ?? []).map((w) => (
                      <option key={w.id} value={w.id}>
                        {w.title}
                      </option>
                    ))}
                  </select>
                </label>
              </div>
              <ObservationList
                districtId={districtId}
                features={features}
                selectedId={selectedId}
                onSelect={setSelectedId}
              />
            </details>
          </>
        )}
      </section>
    </div>
  );
}
