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
