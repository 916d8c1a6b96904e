import {
  booleanIntersects,
  booleanPointInPolygon,
  booleanWithin,
  area,
  intersect,
  featureCollection,
  point,
} from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { Db } from '../store/db';
import type { DistrictBoundary } from '../store/districts';
import {
  counterPositions,
  parcelShapesInExtent,
  premisesPositionsInExtent,
  zoneShapes,
} from '../store/districtScopeReads';
import { geometryExtent } from '../domain/extent';

/** What lies inside one version of a district's boundary: the geometry part, decided once. */
export interface DistrictScope {
  /** Parcels inside or crossing, with the share of their area inside (0–1). */
  parcels: { id: string; share: number; geometry: Polygon | MultiPolygon }[];
  premisesIds: string[];
  counterIds: string[];
  zones: { id: string; name: string }[];
}

const MAX_CACHED_VERSIONS = 64;
const caches = new WeakMap<Db, Map<string, Promise<DistrictScope>>>();

/**
 * The district's scope, computed with turf once per boundary version and kept: a boundary
 * version never changes, so summaries, indicators and reports read it again for free. Whoever
 * moves parcels, premises, counters or zones calls `forgetDistrictScopes`.
 */
export function districtScope(db: Db, boundary: DistrictBoundary): Promise<DistrictScope> {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  const key = `${boundary.id}@${boundary.version}`;
  let scope = cache.get(key);
  if (!scope) {
    if (cache.size >= MAX_CACHED_VERSIONS) cache.delete(cache.keys().next().value!);
    scope = computeScope(db, boundary.geometry);
    scope.catch(() => cache.delete(key));
    cache.set(key, scope);
  }
  return scope;
}

export function forgetDistrictScopes(db: Db): void {
  caches.delete(db);
}

async function computeScope(db: Db, boundary: Polygon | MultiPolygon): Promise<DistrictScope> {
  const extent = geometryExtent(boundary);
  const [parcelRows, premisesRows, counters, zones] = await Promise.all([
    parcelShapesInExtent(db, extent),
    premisesPositionsInExtent(db, extent),
    counterPositions(db),
    zoneShapes(db),
  ]);
  const district: Feature<Polygon | MultiPolygon> = { type: 'Feature', properties: {}, geometry: boundary };
  const parcels = parcelRows.flatMap(({ id, geometry }) => {
    const share = shareInside({ type: 'Feature', properties: {}, geometry }, district);
    return share > 1e-9 ? [{ id, share, geometry }] : [];
  });
  return {
    parcels,
    premisesIds: premisesRows.filter((p) => booleanPointInPolygon(point([p.lon, p.lat]), boundary)).map((p) => p.id),
    counterIds: counters.filter((k) => booleanPointInPolygon(point([k.lon, k.lat]), boundary)).map((k) => k.id),
    zones: zones.filter((z) => booleanIntersects(z.geometry, boundary)).map(({ id, name }) => ({ id, name })),
  };
}

function shareInside(parcel: Feature<Polygon | MultiPolygon>, district: Feature<Polygon | MultiPolygon>): number {
  if (booleanWithin(parcel, district)) return 1;
  const overlap = intersect(featureCollection([parcel, district]));
  if (!overlap) return 0;
  return Math.min(1, area(overlap) / area(parcel));
}

/** The footfall counters standing inside the district. */
export async function countersInside(db: Db, boundary: DistrictBoundary): Promise<string[]> {
  return (await districtScope(db, boundary)).counterIds;
}

/** The turnover-index zones the district touches. */
export async function zonesTouching(db: Db, boundary: DistrictBoundary): Promise<{ id: string; name: string }[]> {
  return (await districtScope(db, boundary)).zones;
}
