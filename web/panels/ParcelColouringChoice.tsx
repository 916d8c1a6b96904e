import { useTranslation } from '../i18n';
import type { ParcelColouring } from '../map/layers/districtParcels';

const MODES: ParcelColouring[] = ['engagement', 'owner', 'use'];

/** Choose what the district's parcels are coloured by (the map's legend says what the colours mean). */
export function ParcelColouringChoice({
  colouring,
  onChange,
}: {
  colouring: ParcelColouring;
  onChange: (c: ParcelColouring) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="segmented" role="radiogroup" aria-label={t('district.colourBy')}>
      {MODES.map((m) => (
        <label key={m}>
          <input type="radio" name="colouring" checked={colouring === m} onChange={() => onChange(m)} />
          {t(`district.colouring.${m}`)}
        </label>
      ))}
    </div>
  );
}
