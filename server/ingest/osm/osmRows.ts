import type { RowOf } from '../../store/tables';
import type { OsmExtract } from './osmExtract';
import { floorArea } from '../generators/premises';
import type { Random } from '../random';

/** The id an OSM object gets in our tables: `way/123` → `osm-way-123`. */
export const osmRowId = (osmId: string) => `osm-${osmId.replace(/[^A-Za-z0-9]+/g, '-')}`;

/** An extract's buildings and streets as base-map rows. */
export function basemapRows(
  extract: Pick<OsmExtract, 'buildings' | 'streets'>,
  sourceId: string,
): RowOf<'basemap_features'>[] {
  return [
    ...extract.buildings.map((b) => ({
      id: `${osmRowId(b.osmId)}-building`,
      layer: 'building',
      kind: b.kind,
      name: b.name,
      geom: b.geometry,
    })),
    ...extract.streets.map((s) => ({
      id: `${osmRowId(s.osmId)}-road`,
      layer: 'road',
      kind: s.kind,
      name: s.name,
      geom: s.geometry,
    })),
  ].map((row) => ({ ...row, source_id: sourceId, generated: false }));
}

/** An extract's premises as rows; floor areas are not in OSM, so they are generated (and marked so). */
export function premisesRows(
  premises: OsmExtract['premises'],
  { sourceId, userId, random }: { sourceId: string; userId: string; random: Random },
): RowOf<'premises'>[] {
  return premises.map((p) => ({
    id: osmRowId(p.osmId),
    name: p.name,
    kind: p.kind,
    address: p.address,
    floor_area_m2: floorArea(random, p.kind),
    floor_area_generated: true,
    osm_id: p.osmId,
    lon: p.position[0],
    lat: p.position[1],
    geom: { type: 'Point' as const, coordinates: p.position },
    source_id: sourceId,
    generated: false,
    updated_by: userId,
  }));
}
