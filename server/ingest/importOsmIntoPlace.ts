import { DuckDBBlobValue, listValue } from '@duckdb/node-api';
import type { Db, Tx } from '../store/db';
import type { Place } from '../store/places';
import { insertRows } from '../store/tables';
import { audit } from '../store/audit';
import { extentOverlaps, pointInExtent } from '../store/extentFilter';
import { stockholmToday } from '../domain/stockholmTime';
import { geometryToWkb } from '../geo/wkb';
import { geometryExtent } from '../domain/extent';
import type { Geometry } from 'geojson';
import type { OsmExtract } from './osm/osmExtract';
import { IngestError } from './ingestError';
import { basemapRows, osmRowId, premisesRows } from './osm/osmRows';
import { linkPremisesToParcels } from './linkPremises';
import { Random } from './random';
import { transactionOrPreview } from './transactionOrPreview';
import { inIdList } from '../store/idList';

export interface OsmImportReport {
  buildings: number;
  streets: number;
  premises: {
    new: number;
    changed: number;
    unchanged: number;
    gone: { id: string; name: string | null; address: string | null }[];
  };
  rejected: { osmId: string; reason: string }[];
}

const inside = ([w, s, e, n]: number[], [lon, lat]: number[]) => lon >= w && lon <= e && lat >= s && lat <= n;

/** Where the extract's premises and base map are recorded as coming from. */
export interface OsmSource {
  id: string;
  title: string;
  licence: string;
  attribution?: string;
}

export interface OsmWriteOptions {
  userId: string;
  /** The source its rows cite; the place's own OpenStreetMap import unless named (the seed names the recipe's). */
  source?: OsmSource;
  /**
   * Record new premises as open from today (what an import knows). The seed leaves it to the
   * generated status history it writes next, labelled generated.
   */
  openFromToday?: boolean;
}

/**
 * An OpenStreetMap extract into a place, all or nothing: its buildings and streets replace the
 * place's imported ones, its premises are matched by OSM id (new ones added as occupied from
 * today, changed ones updated). Premises no longer in the extract are not deleted: they are
 * reported as candidates for "vacant?". What lies outside the place is left out and listed.
 */
export async function importOsmIntoPlace(
  db: Db,
  place: Place,
  extract: OsmExtract,
  { preview = false, ...options }: OsmWriteOptions & { preview?: boolean },
): Promise<OsmImportReport> {
  return transactionOrPreview(db, preview, (tx) => writeOsmIntoPlace(tx, place, extract, options));
}

/** The import's work inside a transaction the caller holds (the seed's, or the import's own). */
export async function writeOsmIntoPlace(
  tx: Tx,
  place: Pick<Place, 'id' | 'name' | 'bbox'>,
  extract: OsmExtract,
  { userId, source: citing, openFromToday = true }: OsmWriteOptions,
): Promise<OsmImportReport> {
  const outside = (osmId: string) => extract.rejected.push({ osmId, reason: 'utanför platsen' });
  const premises = extract.premises.filter((p) => inside(place.bbox, p.position) || (outside(p.osmId), false));
  const overlaps = (g: Geometry) => {
    const [w, so, e, n] = geometryExtent(g);
    return e >= place.bbox[0] && w <= place.bbox[2] && n >= place.bbox[1] && so <= place.bbox[3];
  };
  const buildings = extract.buildings.filter((b) => overlaps(b.geometry) || (outside(b.osmId), false));
  const streets = extract.streets.filter((st) => overlaps(st.geometry) || (outside(st.osmId), false));
  if (buildings.length + streets.length + premises.length === 0) {
    // Never wipe a place's map for a file of somewhere else.
    throw new IngestError(
      `Inget i filen ligger inom ${place.name} (${place.bbox.join(', ')}). Är det rätt fil, eller rätt plats?`,
    );
  }
  const sourceSpec = citing ?? {
    id: `osm-import-${place.id}`,
    title: `OpenStreetMap-utdrag, ${place.name}`,
    licence: 'ODbL 1.0',
    attribution: '© OpenStreetMap contributors',
  };
  const source = sourceSpec.id;
  const random = new Random(premises.length);

  if (!(await tx.one('SELECT 1 FROM sources WHERE id = $id', { id: source }))) {
    await insertRows(tx, 'sources', [
      {
        id: source,
        title: sourceSpec.title,
        licence: sourceSpec.licence,
        attribution: sourceSpec.attribution ?? null,
        generated: false,
      },
    ]);
  }
  // The place's base map is the extract's: its earlier imported buildings and streets go.
  await tx.run(
    `DELETE FROM basemap_features b WHERE layer IN ('building', 'road') AND NOT generated AND ${extentOverlaps('b', place.bbox)}`,
  );
  const basemap = basemapRows({ buildings, streets }, source);
  // A street that runs on into a neighbouring place is that place's too: the newest copy stands.
  await tx.run(`DELETE FROM basemap_features WHERE ${inIdList('id')}`, {
    ids: listValue(basemap.map((f) => f.id!)),
  });
  await insertRows(tx, 'basemap_features', basemap);

  const stored = await tx.all<{
    id: string;
    osmId: string;
    name: string | null;
    kind: string;
    address: string | null;
    lon: number;
    lat: number;
  }>(
    `SELECT id, osm_id AS "osmId", name, kind, address, lon, lat FROM premises pr
     WHERE osm_id IS NOT NULL AND ${pointInExtent('pr.lon', 'pr.lat', place.bbox)}`,
  );
  const byOsmId = new Map(stored.map((s) => [s.osmId, s]));
  const report: OsmImportReport = {
    buildings: buildings.length,
    streets: streets.length,
    premises: { new: 0, changed: 0, unchanged: 0, gone: [] },
    rejected: extract.rejected,
  };
  const fresh: typeof premises = [];
  for (const p of premises) {
    const before = byOsmId.get(p.osmId);
    byOsmId.delete(p.osmId);
    if (!before) {
      fresh.push(p);
      continue;
    }
    const same =
      before.name === p.name &&
      before.kind === p.kind &&
      before.address === p.address &&
      Math.abs(before.lon - p.position[0]) < 1e-7 &&
      Math.abs(before.lat - p.position[1]) < 1e-7;
    if (same) {
      report.premises.unchanged++;
      continue;
    }
    report.premises.changed++;
    await tx.run(
      `UPDATE premises SET name = $name, kind = $kind, address = $address, lon = $lon, lat = $lat,
         geom = ST_GeomFromWKB($wkb), updated_by = $user WHERE id = $id`,
      {
        id: before.id,
        name: p.name,
        kind: p.kind,
        address: p.address,
        lon: p.position[0],
        lat: p.position[1],
        wkb: new DuckDBBlobValue(geometryToWkb({ type: 'Point', coordinates: p.position })),
        user: userId,
      },
    );
  }
  const today = stockholmToday();
  await insertRows(tx, 'premises', premisesRows(fresh, { sourceId: source, userId, random }));
  // A business in OpenStreetMap is open: occupied from the day it came in.
  await insertRows(
    tx,
    'premises_status',
    (openFromToday ? fresh : []).map((p) => ({
      premises_id: osmRowId(p.osmId),
      status: 'occupied',
      valid_from: today,
      generated: false,
      recorded_by: userId,
    })),
  );
  report.premises.new = fresh.length;
  report.premises.gone = [...byOsmId.values()].map(({ id, name, address }) => ({ id, name, address }));
  await linkPremisesToParcels({ tx, log: () => {} });
  await tx.run(
    `INSERT INTO meta VALUES ('basemap_version', $v) ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
    { v: String(Date.now()) },
  );
  await audit(tx, {
    userId,
    action: 'import-osm',
    entity: 'place',
    entityId: place.id,
    after: {
      buildings: report.buildings,
      streets: report.streets,
      ...report.premises,
      gone: report.premises.gone.length,
    },
  });
  return report;
}
