import { useTranslation } from 'react-i18next';
import { ENGAGEMENT_COLORS, type ParcelColouring } from '../map/layers/districtParcels';
import { PREMISES_KIND_COLORS, rgbaCss } from '../map/layers/colors';
import { ENGAGEMENT_STEPS } from '../../server/domain/districts';
import { PREMISES_KINDS } from '../../server/domain/premisesKinds';

const MODES: ParcelColouring[] = ['engagement', 'owner', 'use'];

/** Choose what the district's parcels are coloured by, and read what the colours mean. */
export function ParcelColouringLegend({
  colouring,
  onChange,
}: {
  colouring: ParcelColouring;
  onChange: (c: ParcelColouring) => void;
}) {
  const { t } = useTranslation();
  return (
    <div>
      <div className="segmented" role="radiogroup" aria-label={t('district.colourBy')}>
        {MODES.map((m) => (
          <label key={m}>
            <input type="radio" name="colouring" checked={colouring === m} onChange={() => onChange(m)} />
            {t(`district.colouring.${m}`)}
          </label>
        ))}
      </div>
      <ul className="legend">
        {colouring === 'engagement' &&
          ENGAGEMENT_STEPS.map((s) => (
            <li key={s}>
              <span className="dot" style={{ background: rgbaCss(ENGAGEMENT_COLORS[s]) }} />
              {t(`engagement.${s}`)}
            </li>
          ))}
        {colouring === 'use' &&
          PREMISES_KINDS.map((k) => (
            <li key={k}>
              <span className="dot" style={{ background: rgbaCss(PREMISES_KIND_COLORS[k]) }} />
              {t(`kinds.${k}`)}
            </li>
          ))}
        {colouring === 'owner' && <li>{t('district.ownerLegend')}</li>}
      </ul>
    </div>
  );
}
