import { useTranslation } from '../i18n';
import { ENGAGEMENT_STEPS } from '../../server/domain/districts';
import { PREMISES_KINDS } from '../../server/domain/premisesKinds';
import {
  changeColor,
  ENGAGEMENT_COLORS,
  FOOTFALL_FILL,
  PREMISES_KIND_COLORS,
  VACANT_COLOR,
  rgbaCss,
} from './layers/colors';
import type { ParcelColouring } from './layers/districtParcels';
import { MIN_ZOOM, type LayerVisibility } from '../selection';

/**
 * What every coloured layer on the map means, on the map itself: only the layers shown at
 * this zoom, so the legend is as calm as the map.
 */
export function MapLegend({
  zoom,
  visibility,
  colouring,
  counterWeek,
}: {
  zoom: number;
  visibility: LayerVisibility;
  /** How the open district's parcels are coloured (null: no district coloured). */
  colouring: ParcelColouring | null;
  /** The week the counters show, as words. */
  counterWeek: string | null;
}) {
  const { t } = useTranslation();
  const premises = visibility.premises && zoom >= MIN_ZOOM.premises;
  const kinds = zoom >= MIN_ZOOM.premisesKinds;
  const colourItems =
    colouring === 'engagement'
      ? ENGAGEMENT_STEPS.map((s) => ({ key: s, colour: rgbaCss(ENGAGEMENT_COLORS[s]), label: t(`engagement.${s}`) }))
      : colouring === 'use'
        ? PREMISES_KINDS.map((k) => ({ key: k, colour: rgbaCss(PREMISES_KIND_COLORS[k]), label: t(`kinds.${k}`) }))
        : [];
  if (!premises && !visibility.footfall && !visibility.indexZones && !colouring) return null;
  return (
    <details className="panel map-legend" open={window.innerWidth > 700} data-testid="map-legend">
      <summary>{t('legend.title')}</summary>
      {colouring && (
        <section>
          <h3>{t('legend.parcels', { by: t(`district.colouring.${colouring}`).toLocaleLowerCase() })}</h3>
          {colouring === 'owner' ? (
            <p className="muted">{t('district.ownerLegend')}</p>
          ) : (
            <ul className="legend">
              {colourItems.map((i) => (
                <li key={i.key}>
                  <span className="swatch" style={{ background: i.colour }} />
                  {i.label}
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
      {premises && (
        <section>
          <h3>{t('layers.premises')}</h3>
          <ul className="legend">
            <li>
              <span className="dot" style={{ background: rgbaCss(VACANT_COLOR) }} />
              {t('kinds.vacant')}
            </li>
            {kinds ? (
              PREMISES_KINDS.map((kind) => (
                <li key={kind}>
                  <span className="dot" style={{ background: rgbaCss(PREMISES_KIND_COLORS[kind]) }} />
                  {t(`kinds.${kind}`)}
                </li>
              ))
            ) : (
              <li>
                <span className="dot" style={{ background: 'rgb(120, 124, 134)' }} />
                {t('legend.business')}
              </li>
            )}
          </ul>
          {!kinds && <p className="muted">{t('legend.zoomForKinds')}</p>}
        </section>
      )}
      {visibility.footfall && counterWeek && (
        <section>
          <h3>{t('layers.footfall')}</h3>
          <p className="legend-counter">
            <span className="circle" style={{ background: rgbaCss(FOOTFALL_FILL) }} />
            {t('legend.counters', { week: counterWeek })}
          </p>
        </section>
      )}
      {visibility.indexZones && (
        <section>
          <h3>{t('layers.indexZones')}</h3>
          <ul className="legend">
            {[-10, -5, 5, 10].map((change) => (
              <li key={change}>
                <span className="swatch" style={{ background: rgbaCss(changeColor(change)) }} />
                {t('layers.indexChange', { sign: change > 0 ? '+' : '−', value: Math.abs(change) })}
              </li>
            ))}
          </ul>
        </section>
      )}
    </details>
  );
}
