import type { Feature } from 'geojson';
import type { Db } from '../store/db';
import type { Extent } from '../domain/extent';
import { extentOverlaps, pointInExtent } from '../store/extentFilter';
import type { LayerFeatures } from './encodeTile';
import { shapeAsFeature, type WkbShape } from './smallPolygonsLayer';
import { visibleStatus } from '../store/premisesConsent';
import { countersOnMap } from '../store/footfallMap';
import { placeIfAsked } from '../http/loadPlace';

/**
 * What narrows a layer: premises by status as on a date (the time cursor) and vacant ones only;
 * counters by the week shown and the place that sets their scale.
 */
export interface TileFilter {
  at?: string;
  vacantOnly?: boolean;
  /** Planners see every status; everyone else a vacancy only when it is listed (premisesConsent). */
  seeAll?: boolean;
  week?: string;
  /** The place's id. */
  place?: string;
}

interface TileLayer {
  /** Below this zoom the layer is not cut: a tile would hold a whole region's features. */
  minZoom: number;
  features(db: Db, extent: Extent, filter: TileFilter): Promise<LayerFeatures>;
}

function shapes<R extends { wkb: Uint8Array }>(rows: R[], props: (row: R) => WkbShape['properties']): Feature[] {
  return rows.map((row) => shapeAsFeature({ wkb: row.wkb, properties: props(row) }));
}

async function basemap(db: Db, layer: 'building' | 'road' | 'place', extent: Extent): Promise<WkbShape[]> {
  const rows = await db.allPlain<{ id: string; kind: string | null; name: string | null; wkb: Uint8Array }>(
    `SELECT id, kind, name, ST_AsWKB(geom) AS wkb FROM basemap_features b WHERE layer = '${layer}' AND ${extentOverlaps('b', extent)}`,
  );
  return rows.map((r) => ({ wkb: r.wkb, properties: { id: r.id, kind: r.kind, name: r.name } }));
}

const CURRENT_STATUS = 'st.valid_to IS NULL';
const STATUS_AT = 'st.valid_from <= $at::DATE AND (st.valid_to IS NULL OR st.valid_to > $at::DATE)';

/**
 * The layers the map draws from vector tiles. Only what the map needs to draw and name a
 * feature goes in a tile; no layer holds personal data (owners stay behind the parcel route).
 */
export const TILE_LAYERS = {
  land: {
    minZoom: 0,
    async features(db, extent) {
      const rows = await db.all<{ code: string; name: string; wkb: Uint8Array }>(
        `SELECT code, name, ST_AsWKB(geom) AS wkb FROM municipalities m WHERE ${extentOverlaps('m', extent)}`,
      );
      return shapes(rows, (r) => ({ code: r.code, name: r.name }));
    },
  },
  buildings: {
    minZoom: 13,
    features: async (db, extent) => ({ smallPolygons: await basemap(db, 'building', extent) }),
  },
  streets: { minZoom: 10, features: async (db, extent) => (await basemap(db, 'road', extent)).map(shapeAsFeature) },
  /** Named places (city, suburb, quarter) as points for their labels. */
  places: { minZoom: 0, features: async (db, extent) => (await basemap(db, 'place', extent)).map(shapeAsFeature) },
  parcels: {
    // The map draws parcels from zoom 14 (MIN_ZOOM.parcels in web/selection.ts), and a 512-pixel
    // vector tile is asked for at the map's whole zoom: a z13 tile is never drawn, yet weighed
    // ~240 KiB gzip'd where parcels are dense (3.3M parcels; z12 ~1 MB) and came with every
    // district tile between zoom 13 and 14.
    minZoom: 14,
    async features(db, extent) {
      const rows = await db.allPlain<{
        id: string;
        designation: string;
        area_m2: number;
        generated: boolean;
        wkb: Uint8Array;
      }>(
        `SELECT id, designation, area_m2, generated, ST_AsWKB(geom) AS wkb FROM parcels p WHERE ${extentOverlaps('p', extent)}`,
      );
      return {
        smallPolygons: rows.map((r) => ({
          wkb: r.wkb,
          properties: { id: r.id, designation: r.designation, areaM2: Math.round(r.area_m2), generated: r.generated },
        })),
      };
    },
  },
  premises: {
    minZoom: 12,
    async features(db, extent, { at, vacantOnly, seeAll = false }) {
      const rows = await db.all<{
        id: string;
        name: string | null;
        kind: string;
        status: string | null;
        lon: number;
        lat: number;
        generated: boolean;
      }>(
        `SELECT pr.id, pr.name, pr.kind, ${visibleStatus(seeAll)} AS status, pr.lon, pr.lat, pr.generated FROM premises pr
         LEFT JOIN premises_status st ON st.premises_id = pr.id AND ${at ? STATUS_AT : CURRENT_STATUS}
         WHERE ${pointInExtent('pr.lon', 'pr.lat', extent)} ${vacantOnly ? `AND (${visibleStatus(seeAll)}) = 'vacant'` : ''}
         -- Vacant last: drawn on top of their neighbours.
         ORDER BY coalesce(st.status = 'vacant', false), pr.id`,
        at ? { at } : undefined,
      );
      return rows.map((r) => ({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [r.lon, r.lat] },
        properties: { id: r.id, name: r.name, kind: r.kind, status: r.status, generated: r.generated },
      }));
    },
  },
  /** Footfall counters with their week's figure and circle size (footfallMap). */
  counters: {
    minZoom: 0,
    async features(db, extent, { week, place }) {
      return countersOnMap(db, extent, { week, within: (await placeIfAsked(db, place))?.bbox });
    },
  },
  districts: {
    minZoom: 8,
    async features(db, extent) {
      const rows = await db.all<{ id: string; name: string; version: number; wkb: Uint8Array }>(
        `SELECT d.id, d.name, v.version, ST_AsWKB(v.geom) AS wkb FROM districts d
         JOIN district_versions v ON v.district_id = d.id
           AND v.version = (SELECT max(version) FROM district_versions WHERE district_id = d.id)
         WHERE ${extentOverlaps('v', extent)}`,
      );
      return shapes(rows, (r) => ({ id: r.id, name: r.name, version: r.version }));
    },
  },
} satisfies Record<string, TileLayer>;

export type TileLayerName = keyof typeof TILE_LAYERS;
export const TILE_LAYER_NAMES = Object.keys(TILE_LAYERS) as TileLayerName[];
