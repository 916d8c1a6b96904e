import { useState } from 'react';
import { useTranslation } from '../i18n';
import { usePlaceImport, type PlaceImportReport } from '../api/imports';
import { ErrorText } from '../api/errorText';
import { formatInteger } from '../i18n/format';

/** What an import would do or did, in words: counts, and every feature left out with its reason. */
function ImportReport({ report }: { report: PlaceImportReport }) {
  const { t } = useTranslation();
  const rejected =
    report.kind === 'osm'
      ? report.rejected.map((r) => `${r.osmId}: ${r.reason}`)
      : report.kind === 'owners'
        ? report.rejected.map((r) => `${t('placeImport.row', { row: r.row })} ${r.designation ?? ''}: ${r.reason}`)
        : report.rejected.map((r) => `${r.designation ?? `#${r.feature}`}: ${r.reason}`);
  return (
    <div data-testid="place-import-report">
      {report.kind === 'owners' ? (
        <p>
          {t('placeImport.owners', {
            parcels: formatInteger(report.parcels),
            added: formatInteger(report.owners.new),
            known: formatInteger(report.owners.known),
            persons: formatInteger(report.owners.privatePersons),
            field: report.designationColumn,
          })}
        </p>
      ) : report.kind === 'osm' ? (
        <p>
          {t('placeImport.osm', {
            buildings: formatInteger(report.buildings),
            streets: formatInteger(report.streets),
            added: formatInteger(report.premises.new),
            changed: formatInteger(report.premises.changed),
            unchanged: formatInteger(report.premises.unchanged),
          })}
          {report.premises.gone.length > 0 && ` ${t('placeImport.gone', { count: report.premises.gone.length })}`}
        </p>
      ) : (
        <p>
          {t('placeImport.parcels', {
            added: formatInteger(report.stored.new),
            changed: formatInteger(report.stored.changed),
            format: report.format,
            crs: `EPSG:${report.epsg}`,
            field: report.designationField,
          })}
        </p>
      )}
      {rejected.length > 0 && (
        <details>
          <summary>{t('placeImport.rejected', { count: rejected.length })}</summary>
          <ul className="rows">
            {rejected.slice(0, 200).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

/**
 * A planner brings the place's own data: an OpenStreetMap extract, the municipality's parcels
 * (GeoPackage, Shapefile, FlatGeobuf or GeoJSON, in any Swedish CRS), or the parcels' owners as
 * a CSV keyed by designation. Nothing is stored until the preview is accepted.
 */
export function PlaceImport({ place }: { place: string }) {
  const { t } = useTranslation();
  const importFile = usePlaceImport();
  const [file, setFile] = useState<File | null>(null);
  const [field, setField] = useState('');
  const [previewed, setPreviewed] = useState<PlaceImportReport | null>(null);
  const [stored, setStored] = useState<PlaceImportReport | null>(null);
  const run = (mode: 'preview' | 'commit', f: File) =>
    importFile.mutate(
      { place, file: f, mode, designationField: field.trim() || undefined },
      {
        onSuccess: (report) => {
          setPreviewed(mode === 'preview' ? report : null);
          setStored(mode === 'commit' ? report : null);
        },
      },
    );
  return (
    <section className="place-import" aria-label={t('placeImport.title')}>
      <p className="muted">{t('placeImport.help')}</p>
      <input
        type="file"
        aria-label={t('placeImport.file')}
        accept=".osm,.xml,.gpkg,.geojson,.json,.fgb,.zip,.csv,.txt"
        onChange={(e) => {
          const f = e.target.files?.[0] ?? null;
          setFile(f);
          setStored(null);
          setPreviewed(null);
          if (f) run('preview', f);
        }}
      />
      <label>
        {t('placeImport.designationField')}
        <input value={field} onChange={(e) => setField(e.target.value)} placeholder="FASTIGHET" />
      </label>
      {importFile.isPending && <p role="status">{t('placeImport.reading')}</p>}
      <ErrorText error={importFile.error} />
      {importFile.error && file && (
        <button type="button" className="secondary" onClick={() => run('preview', file)}>
          {t('placeImport.again')}
        </button>
      )}
      {previewed && file && (
        <>
          <ImportReport report={previewed} />
          <button type="button" disabled={importFile.isPending} onClick={() => run('commit', file)}>
            {t('placeImport.store')}
          </button>
        </>
      )}
      {stored && (
        <div role="status">
          <strong>{t('placeImport.stored')}</strong>
          <ImportReport report={stored} />
        </div>
      )}
    </section>
  );
}
