import { useState } from 'react';
import { useTranslation } from '../i18n';
import type { LayerVisibility } from '../selection';
import {
  changeColor,
  PREMISES_KIND_COLORS,
  DISTRICT_LINE,
  FOOTFALL_FILL,
  PARCEL_LINE,
  rgbaCss,
} from '../map/layers/colors';
import { ProvenanceBadge } from './ProvenanceBadge';
import { hasFabric, together, type Provenance } from '../provenance';
import { useWorkspace } from '../workspace/Workspace';
import { useConfig } from '../api/queries';
import { useEditSession } from '../workspace/EditSession';
import { useNarrowScreen } from './useNarrowScreen';

interface LayerListProps {
  status: {
    parcelsZoomedOut: boolean;
    lastWeekStart: string | null;
  };
  districts: { id: string; name: string }[];
  canDraw: boolean;
}

/** Switch layers on and off; each says what it shows, how it is coloured, and where the data comes from. */
export function LayerList({ status, districts, canDraw }: LayerListProps) {
  const { t } = useTranslation();
  const narrow = useNarrowScreen();
  const {
    visibility,
    setVisibility: onChange,
    districtId: openDistrictId,
    openDistrict: onOpenDistrict,
  } = useWorkspace();
  const { startNew: onDrawNew } = useEditSession();
  const provenance = useConfig().data?.provenance;
  const [importError, setImportError] = useState<string | null>(null);
  const importFile = async (file: File | undefined) => {
    if (!file) return;
    // proj4 and the file reader load only when someone imports a file.
    const { readBoundaryFile } = await import('./boundaryFiles');
    const result = await readBoundaryFile(file);
    if ('error' in result) setImportError(t(`draw.importError.${result.error}`));
    else {
      setImportError(null);
      onDrawNew(result.polygon);
    }
  };
  const toggle = (key: keyof LayerVisibility) => onChange({ ...visibility, [key]: !visibility[key] });
  const row = (key: keyof LayerVisibility, swatch: string, provenance: Provenance) => (
    <label className="layer-row">
      <input type="checkbox" checked={visibility[key]} onChange={() => toggle(key)} />
      <span className="swatch" style={{ background: swatch }} aria-hidden />
      <span className="layer-name">{t(`layers.${key}`)}</span>
      <ProvenanceBadge provenance={provenance} />
    </label>
  );
  const heading = <h2 id="layer-list-heading">{t('layers.heading')}</h2>;
  const rows = (
    <>
      {row('districts', rgbaCss(DISTRICT_LINE), provenance?.districts ?? 'none')}
      <ul className="district-list">
        {districts.map((d) => (
          <li key={d.id}>
            <button
              type="button"
              className="link"
              aria-current={d.id === openDistrictId}
              onClick={() => onOpenDistrict(d.id)}
            >
              {d.name}
            </button>
          </li>
        ))}
      </ul>
      {canDraw && (
        <div className="buttons draw-buttons">
          <button type="button" onClick={() => onDrawNew()}>
            {t('draw.start')}
          </button>
          <label className="button secondary">
            {t('draw.import')}
            <input
              type="file"
              accept=".geojson,.json,application/geo+json,application/json"
              hidden
              onChange={(e) => void importFile(e.target.files?.[0])}
            />
          </label>
        </div>
      )}
      {importError && (
        <p role="alert" className="error">
          {importError}
        </p>
      )}
      {row('parcels', rgbaCss(PARCEL_LINE), provenance?.parcels ?? 'none')}
      {status.parcelsZoomedOut && <p className="hint">{t('layers.zoomInForParcels')}</p>}
      {row('premises', rgbaCss(PREMISES_KIND_COLORS.restaurant), provenance?.premises ?? 'none')}
      {visibility.premises && (
        <label className="layer-row sub">
          <input type="checkbox" checked={visibility.vacantOnly} onChange={() => toggle('vacantOnly')} />
          <span>{t('layers.vacantOnly')}</span>
        </label>
      )}
      {row('footfall', rgbaCss(FOOTFALL_FILL), provenance?.footfall ?? 'none')}
      {row('indexZones', rgbaCss(changeColor(10)), provenance?.indexZones ?? 'none')}
      {/* A place without buildings and streets says so under its name, and has no layer of them. */}
      {provenance &&
        hasFabric(provenance) &&
        row('fabric', '#ddd5cb', together(provenance.buildings, provenance.streets))}
    </>
  );
  // On a phone the list starts folded: open, it would cover half the map.
  return narrow ? (
    <details className="panel layer-list" aria-labelledby="layer-list-heading">
      <summary>{heading}</summary>
      {rows}
    </details>
  ) : (
    <section className="panel layer-list" aria-labelledby="layer-list-heading">
      {heading}
      {rows}
    </section>
  );
}
