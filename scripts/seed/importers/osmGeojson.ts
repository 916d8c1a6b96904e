import { centroid } from '@turf/turf';
import type { Feature, Geometry, Position } from 'geojson';
import { bulkInsert } from '../../../server/store/bulkInsert';
import { premisesKindFromOsmTags } from '../../../server/domain/premisesKinds';
import { SEED_USER, type SeedContext } from '../context';
import type { RecipeInput } from '../recipe';
import { featureId, readGeojsonWgs84 } from './readGeojson';
import { floorArea } from '../generators/premises';

const isArea = (g: Geometry) => g.type === 'Polygon' || g.type === 'MultiPolygon';
const isLine = (g: Geometry) => g.type === 'LineString' || g.type === 'MultiLineString';

/**
 * An OpenStreetMap GeoJSON extract, whatever it holds: `shop`/`amenity`/`office` features
 * become premises (areas by their centroid), `building` areas and `highway` lines become
 * base-map layers. Floor areas are not in OSM and are generated (and marked so).
 */
export async function importOsmGeojson(ctx: SeedContext, input: RecipeInput, path: string) {
  const features = readGeojsonWgs84(path);
  const premises: unknown[][] = [];
  const basemap: unknown[][] = [];
  const seen = new Set<string>();
  features.forEach((f, i) => {
    const tags = (f.properties ?? {}) as Record<string, unknown>;
    const osmId = featureId(f, `${input.source.id}/${i}`);
    const key = osmId.replace(/[^A-Za-z0-9]+/g, '-');
    if (isArea(f.geometry) && tags.building) {
      basemap.push([`osm-${key}-building`, 'building', String(tags.building), stringOrNull(tags.name), f.geometry, input.source.id, false]);
    }
    if (isLine(f.geometry) && tags.highway) {
      basemap.push([`osm-${key}-road`, 'road', String(tags.highway), stringOrNull(tags.name), f.geometry, input.source.id, false]);
    }
    const kind = premisesKindFromOsmTags(tags);
    if (!kind || seen.has(key)) return;
    seen.add(key);
    const position = anchor(f);
    premises.push([
      `osm-${key}`, stringOrNull(tags.name), kind, address(tags), floorArea(ctx.random, kind), true, osmId,
      position[0], position[1], { type: 'Point', coordinates: position }, input.source.id, false, SEED_USER,
    ]);
  });
  const premisesCount = await bulkInsert(ctx.tx, 'premises', [
    ['id', 'varchar'], ['name', 'varchar'], ['kind', 'varchar'], ['address', 'varchar'], ['floor_area_m2', 'double'],
    ['floor_area_generated', 'boolean'], ['osm_id', 'varchar'], ['lon', 'double'], ['lat', 'double'], ['geom', 'geometry'],
    ['source_id', 'varchar'], ['generated', 'boolean'], ['updated_by', 'varchar'],
  ], premises as never);
  const basemapCount = await bulkInsert(ctx.tx, 'basemap_features', [
    ['id', 'varchar'], ['layer', 'varchar'], ['kind', 'varchar'], ['name', 'varchar'], ['geom', 'geometry+extent'],
    ['source_id', 'varchar'], ['generated', 'boolean'],
  ], basemap as never);
  return premisesCount + basemapCount;
}

function anchor(f: Feature<Geometry>): Position {
  return f.geometry.type === 'Point' ? f.geometry.coordinates : centroid(f).geometry.coordinates;
}

function address(tags: Record<string, unknown>): string | null {
  const street = stringOrNull(tags['addr:street']);
  if (!street) return null;
  const number = stringOrNull(tags['addr:housenumber']);
  return number ? `${street} ${number}` : street;
}

function stringOrNull(v: unknown): string | null {
  return typeof v === 'string' && v.trim() ? v.trim() : null;
}
