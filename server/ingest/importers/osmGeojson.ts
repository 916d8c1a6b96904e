import { centroid } from '@turf/turf';
import type { Feature, Geometry, Position } from 'geojson';
import { insertRows, type RowOf } from '../../store/tables';
import { premisesKindFromOsmTags } from '../../domain/premisesKinds';
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
  const premises: RowOf<'premises'>[] = [];
  const basemap: RowOf<'basemap_features'>[] = [];
  const seen = new Set<string>();
  features.forEach((f, i) => {
    const tags = (f.properties ?? {}) as Record<string, unknown>;
    const osmId = featureId(f, `${input.source.id}/${i}`);
    const key = osmId.replace(/[^A-Za-z0-9]+/g, '-');
    if (isArea(f.geometry) && tags.building) {
      basemap.push({
        id: `osm-${key}-building`,
        layer: 'building',
        kind: String(tags.building),
        name: stringOrNull(tags.name),
        geom: f.geometry,
        source_id: input.source.id,
        generated: false,
      });
    }
    if (isLine(f.geometry) && tags.highway) {
      basemap.push({
        id: `osm-${key}-road`,
        layer: 'road',
        kind: String(tags.highway),
        name: stringOrNull(tags.name),
        geom: f.geometry,
        source_id: input.source.id,
        generated: false,
      });
    }
    const kind = premisesKindFromOsmTags(tags);
    if (!kind || seen.has(key)) return;
    seen.add(key);
    const position = anchor(f);
    premises.push({
      id: `osm-${key}`,
      name: stringOrNull(tags.name),
      kind,
      address: address(tags),
      floor_area_m2: floorArea(ctx.random, kind),
      floor_area_generated: true,
      osm_id: osmId,
      lon: position[0],
      lat: position[1],
      geom: { type: 'Point', coordinates: position },
      source_id: input.source.id,
      generated: false,
      updated_by: SEED_USER,
    });
  });
  const premisesCount = await insertRows(ctx.tx, 'premises', premises);
  const basemapCount = await insertRows(ctx.tx, 'basemap_features', basemap);
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
