import type { Db } from './db';

type Bbox = [number, number, number, number];

export async function listSources(db: Db) {
  return db.all<{ id: string; title: string; licence: string; attribution: string | null; generated: boolean }>(
    'SELECT id, title, licence, attribution, generated FROM sources ORDER BY generated, title',
  );
}

export async function centreInfo(db: Db) {
  const rows = await db.all<{ key: string; value: string }>(
    "SELECT key, value FROM meta WHERE key IN ('centre', 'region', 'data_date', 'basemap_version')",
  );
  const byKey = Object.fromEntries(rows.map((r) => [r.key, r.value]));
  return {
    centre: byKey.centre
      ? (JSON.parse(byKey.centre) as { id?: string; name: string; municipalityCode: string; bbox: Bbox })
      : null,
    /** The area the base map and the generated town of the recipe's `centre` cover. */
    region: byKey.region ? (JSON.parse(byKey.region) as Bbox) : null,
    dataDate: byKey.data_date ?? null,
    /** Changes with every import of buildings or streets; the base map's addresses carry it. */
    basemapVersion: byKey.basemap_version ?? null,
  };
}
