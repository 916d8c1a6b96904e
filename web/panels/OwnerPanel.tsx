import { useEffect, useRef } from 'react';
import { useTranslation } from '../i18n';
import { bbox, featureCollection, feature } from '@turf/turf';
import type { Geometry } from 'geojson';
import { useWorkspace } from '../workspace/Workspace';
import { useOwnerOverview } from '../api/owner';
import { OwnerPremisesTable } from './OwnerPremisesTable';
import { formatDate, formatInteger, formatPercent, formatSek } from '../i18n/format';
import { ErrorText } from '../api/errorText';

/** "Mina fastigheter": an owner's parcels and premises, the actions near them, and their part of the financing. */
export function OwnerPanel() {
  const { t } = useTranslation();
  const overview = useOwnerOverview();
  useFitOwnParcels(overview.data?.parcels);
  if (overview.error)
    return (
      <aside className="panel side-panel">
        <ErrorText error={overview.error} className="" />
      </aside>
    );
  const data = overview.data;
  return (
    <aside className="panel side-panel" aria-labelledby="owner-title" data-testid="owner-panel">
      <header>
        <p className="kicker">{t('owner.kicker')}</p>
        <h2 id="owner-title">{t('owner.title')}</h2>
      </header>
      {!data ? (
        <p>{t('app.loading')}</p>
      ) : (
        <>
          <OwnerPremisesTable parcels={data.parcels} />
          <h3>{t('owner.actionsNear', { meters: formatInteger(data.distanceM) })}</h3>
          <ul className="rows">
            {data.actions.map((a) => (
              <li key={a.id}>
                <strong>{a.title}</strong>
                <span className="muted">
                  {t(`actionStatus.${a.status}`)}
                  {a.start ? ` · ${formatDate(a.start)}` : ''}
                  {a.end ? ` – ${formatDate(a.end)}` : ''}
                </span>
                {a.myShare > 0 && (
                  <span>{t('owner.myShare', { share: formatPercent(a.myShare), amount: formatSek(a.mySek) })}</span>
                )}
              </li>
            ))}
            {data.actions.length === 0 && <li className="muted">{t('owner.noActions')}</li>}
          </ul>
        </>
      )}
    </aside>
  );
}

/**
 * An owner opens the map on their own parcels, wherever they are: the installation's default
 * place may be another town. Once, so panning afterwards is theirs.
 */
function useFitOwnParcels(parcels: { geometry: unknown }[] | undefined) {
  const { map } = useWorkspace();
  const fitted = useRef(false);
  useEffect(() => {
    if (!map || !parcels?.length || fitted.current) return;
    fitted.current = true;
    const [w, s, e, n] = bbox(featureCollection(parcels.map((p) => feature(p.geometry as Geometry))));
    map.fitBounds(
      [
        [w, s],
        [e, n],
      ],
      { padding: besidePanels(map.getContainer()), maxZoom: 17, duration: 0 },
    );
  }, [map, parcels]);
}

/** The part of the map the side panels leave free (below the panel on a phone). */
function besidePanels(container: HTMLElement) {
  const { clientWidth: w, clientHeight: h } = container;
  return w >= 900
    ? { top: 60, bottom: 60, left: 340, right: 400 }
    : { top: 20, bottom: Math.round(h * 0.55), left: 20, right: 20 };
}
