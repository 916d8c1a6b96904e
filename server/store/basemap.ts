import type { Db } from './db';
import type { Extent } from '../domain/extent';
import { toFeature, type ApiFeature } from '../geo/features';
import { extentOverlaps } from './extentFilter';

export const BASEMAP_LAYERS = ['land', 'building', 'road', 'place'] as const;
export type BasemapLayer = (typeof BASEMAP_LAYERS)[number];

/** The offline base map's features: land from municipality outlines, the rest from basemap_features. */
export async function basemapFeatures(
  db: Db,
  layer: BasemapLayer,
  bbox: Extent,
): Promise<ApiFeature<{ name: string | null; kind?: string | null; code?: string; generated?: boolean }>[]> {
  if (layer === 'land') {
    const rows = await db.all<{ code: string; name: string; wkb: Uint8Array }>(
      `SELECT code, name, ST_AsWKB(geom) AS wkb FROM municipalities m WHERE ${extentOverlaps('m', bbox)} ORDER BY code`,
    );
    return rows.map((r) => toFeature(`municipality-${r.code}`, r.wkb, { name: r.name, code: r.code }));
  }
  const rows = await db.all<{
    id: string;
    kind: string | null;
    name: string | null;
    generated: boolean;
    wkb: Uint8Array;
  }>(
    `SELECT id, kind, name, generated, ST_AsWKB(geom) AS wkb FROM basemap_features b
     WHERE layer = $layer AND ${extentOverlaps('b', bbox)} ORDER BY id LIMIT 100000`,
    { layer },
  );
  return rows.map((r) => toFeature(r.id, r.wkb, { kind: r.kind, name: r.name, generated: r.generated }));
}

export type FabricSource = 'real' | 'generated' | 'none';

/** Whether a place's buildings and streets are real (imported), generated, or not there at all. */
export async function fabricOf(db: Db, bbox: Extent): Promise<{ buildings: FabricSource; streets: FabricSource }> {
  const rows = await db.all<{ layer: string; real: boolean }>(
    `SELECT layer, bool_or(NOT generated) AS real FROM basemap_features b
     WHERE layer IN ('building', 'road') AND ${extentOverlaps('b', bbox)} GROUP BY layer`,
  );
  const of = (layer: string): FabricSource => {
    const row = rows.find((r) => r.layer === layer);
    return !row ? 'none' : row.real ? 'real' : 'generated';
  };
  return { buildings: of('building'), streets: of('road') };
}
