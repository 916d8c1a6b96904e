import { listValue } from '@duckdb/node-api';
import type { MultiPolygon, Polygon } from 'geojson';
import type { Db } from '../../store/db';
import type { Place } from '../../store/places';
import { insertRows } from '../../store/tables';
import { audit } from '../../store/audit';
import { isKnownCrs, swerefAreaM2, toWgs84 } from '../../domain/swedishCrs';
import { validateBoundary } from '../../domain/polygonValidation';
import { IngestError } from '../ingestError';
import { guessDesignationField, type ParcelSource } from './parcelSource';
import { linkPremisesToParcels } from '../linkPremises';
import { transactionOrPreview } from '../transactionOrPreview';
import { slug } from '../../domain/slug';
import { inIdList } from '../../store/idList';

export interface ParcelImportReport {
  format: string;
  epsg: number;
  designationField: string;
  stored: { new: number; changed: number };
  parcels: { id: string; designation: string; areaM2: number }[];
  rejected: { feature: number; designation: string | null; reason: string }[];
}

const REASONS: Record<string, string> = {
  'invalid-coordinates': 'ogiltiga koordinater',
  'too-few-points': 'ogiltig ring (färre än tre punkter)',
  'self-intersection': 'ogiltig ring (korsar sig själv)',
  'zero-area': 'ingen yta',
  'outside-extent': 'utanför platsen',
};

/**
 * Parcels (fastigheter) into a place, all or nothing: each feature is transformed from the file's
 * CRS to WGS 84, checked (a polygon, valid rings, inside the place, a designation not seen
 * before) and stored with its area as the register states it (planar SWEREF 99 TM). A parcel
 * already stored under the same designation is replaced. Every feature left out says why.
 */
export async function importParcelsIntoPlace(
  db: Db,
  place: Place,
  source: ParcelSource,
  {
    userId,
    designationField: designationAsked,
    preview = false,
  }: { userId: string; designationField?: string; preview?: boolean },
): Promise<ParcelImportReport> {
  if (!isKnownCrs(source.epsg)) {
    throw new IngestError(
      `Filens koordinatsystem EPSG:${source.epsg} känns inte igen. Platsatlas läser SWEREF 99 TM (3006), SWEREF 99 lokala zoner (3007–3018), RT90 2,5 gon V (3021) och WGS 84 (4326).`,
    );
  }
  const field = guessDesignationField(source, designationAsked);
  if (!field) {
    const names = [...new Set(source.features.flatMap((f) => Object.keys(f.properties)))].join(', ');
    throw new IngestError(
      designationAsked
        ? `Attributet "${designationAsked}" finns inte i filen. Filens attribut: ${names}.`
        : `Ange vilket attribut som är fastighetsbeteckningen (--designation-field). Filens attribut: ${names}.`,
    );
  }
  const report: ParcelImportReport = {
    format: source.format,
    epsg: source.epsg,
    designationField: field,
    stored: { new: 0, changed: 0 },
    parcels: [],
    rejected: [],
  };
  const seen = new Set<string>();
  const rows: { id: string; designation: string; geometry: Polygon | MultiPolygon; areaM2: number }[] = [];
  source.features.forEach((f, i) => {
    const value = f.properties[field];
    const designation = typeof value === 'string' || typeof value === 'number' ? String(value).trim() : '';
    const reject = (reason: string) =>
      report.rejected.push({ feature: i + 1, designation: designation || null, reason });
    if (!designation) return reject('saknar fastighetsbeteckning');
    if (!f.geometry || (f.geometry.type !== 'Polygon' && f.geometry.type !== 'MultiPolygon'))
      return reject('ingen yta (inte en polygon)');
    const checked = validateBoundary(toWgs84(f.geometry, source.epsg), place.bbox);
    if ('problem' in checked) return reject(REASONS[checked.problem.problem] ?? checked.problem.message);
    if (seen.has(designation)) return reject('fastighetsbeteckningen finns redan i filen');
    seen.add(designation);
    const id = `parcel-${place.id}-${slug(designation)}`;
    rows.push({
      id,
      designation,
      geometry: checked.geometry,
      areaM2: Math.round(swerefAreaM2(checked.geometry) * 10) / 10,
    });
  });
  if (rows.length === 0) {
    throw new IngestError(
      `Ingen fastighet kunde läsas in: ${report.rejected.length} avvisade (${[...new Set(report.rejected.map((r) => r.reason))].join(', ')}).`,
      report,
    );
  }

  return transactionOrPreview(db, preview, async (tx) => {
    const sourceId = `parcels-import-${place.id}`;
    if (!(await tx.one('SELECT 1 FROM sources WHERE id = $id', { id: sourceId }))) {
      await insertRows(tx, 'sources', [
        {
          id: sourceId,
          title: `Fastigheter, ${place.name} (inläst ${source.format}-fil)`,
          licence: 'enligt leverantören',
          generated: false,
        },
      ]);
    }
    const existing = await tx.all<{ id: string }>(`SELECT id FROM parcels WHERE ${inIdList('id')}`, {
      ids: listValue(rows.map((r) => r.id)),
    });
    if (existing.length)
      await tx.run(`DELETE FROM parcels WHERE ${inIdList('id')}`, { ids: listValue(existing.map((r) => r.id)) });
    await insertRows(
      tx,
      'parcels',
      rows.map((r) => ({
        id: r.id,
        designation: r.designation,
        municipality_code: place.municipalityCode,
        geom: r.geometry,
        area_m2: r.areaM2,
        source_id: sourceId,
        generated: false,
        updated_by: userId,
      })),
    );
    report.stored = { new: rows.length - existing.length, changed: existing.length };
    report.parcels = rows.map(({ id, designation, areaM2 }) => ({ id, designation, areaM2 }));
    await linkPremisesToParcels({ tx, log: () => {} });
    await audit(tx, {
      userId,
      action: 'import-parcels',
      entity: 'place',
      entityId: place.id,
      after: { ...report.stored, rejected: report.rejected.length },
    });
    return report;
  });
}
