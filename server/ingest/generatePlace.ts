import { area } from '@turf/turf';
import type { MultiPolygon, Polygon } from 'geojson';
import { insertRows } from '../store/tables';
import { wkbToGeometry } from '../geo/wkb';
import { extentOverlaps } from '../store/extentFilter';
import { GENERATED_SOURCE, SEED_USER, type SeedContext } from './context';
import type { RecipePlace } from './recipe';
import { generateOwners, type GeneratedStakeholder } from './generators/owners';
import { blockName, parcelDesignation } from './generators/blockNames';
import { insertOwners, writeGeneratedCounters } from './generateMissing';

/** Buildings per generated quarter (kvarter): neighbours share its name and, often, an owner. */
const BUILDINGS_PER_QUARTER = 4;

/**
 * What a real place's open data lacks, generated and marked so: a parcel (fastighet) under
 * each real building, owners for them, and counters at the place's real squares with hourly
 * counts. Never a street grid: the streets and buildings are the real ones.
 */
export async function generatePlaceData(ctx: SeedContext, place: RecipePlace): Promise<void> {
  const buildings = await ctx.tx.all<{ id: string; wkb: Uint8Array }>(
    `SELECT id, ST_AsWKB(geom) AS wkb FROM basemap_features b
     WHERE layer = 'building' AND NOT generated AND ${extentOverlaps('b', place.bbox)} ORDER BY min_y DESC, min_x`,
  );
  const parcels = buildings.map((b, i) => {
    const quarter = Math.floor(i / BUILDINGS_PER_QUARTER);
    return {
      id: `parcel-${place.id}-${i + 1}`,
      blockId: `${place.id}-quarter-${quarter}`,
      designation: parcelDesignation(place.designationPrefix, blockName(quarter), (i % BUILDINGS_PER_QUARTER) + 1),
      geometry: wkbToGeometry(b.wkb) as Polygon | MultiPolygon,
    };
  });
  await insertRows(
    ctx.tx,
    'parcels',
    parcels.map((p) => ({
      id: p.id,
      designation: p.designation,
      municipality_code: place.municipalityCode,
      geom: p.geometry,
      area_m2: Math.round(area(p.geometry) * 10) / 10,
      source_id: GENERATED_SOURCE.id,
      generated: true,
      updated_by: SEED_USER,
    })),
  );
  const municipality = municipalityStakeholder(place);
  await insertOwners(ctx, generateOwners(ctx.random, parcels, { idPrefix: `sh-${place.id}`, municipality }));

  await writeGeneratedCounters(ctx, place.counters);
  ctx.log(
    `generated for ${place.name}: ${parcels.length} parcels under its real buildings, ${place.counters.length} counters`,
  );
}

/** The municipality as a stakeholder of the place: owner of its land, responsible for actions. */
export function municipalityStakeholder(place: RecipePlace): GeneratedStakeholder {
  return {
    ...place.municipalityOwner,
    kind: 'municipality-department',
    isPrivatePerson: false,
    email: null,
    phone: null,
    engagementStep: 'steering-group',
  };
}
