import { listValue } from '@duckdb/node-api';
import { area, booleanPointInPolygon, point, pointOnFeature } from '@turf/turf';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { insertRows, type RowOf } from '../store/tables';
import { refreshDailyFootfall } from '../store/footfallRollup';
import { wkbToGeometry } from '../geo/wkb';
import { wgs84ToSweref, swerefToWgs84 } from '../domain/sweref';
import { GENERATED_SOURCE, SEED_USER, type SeedContext } from './context';
import { GridIndex } from './spatialIndex';
import { generateFabric } from './generators/townFabric';
import { generateOwners } from './generators/owners';
import {
  generatePremises,
  generateUnmappedUnits,
  UNMAPPED_PREFIX,
  type GeneratedPremises,
} from './generators/premises';
import { generateStatusHistory } from './generators/premisesStatus';
import { COUNTERS, generateHourlyCounts, type CounterSpec } from './generators/footfall';
import { seedEvents } from './generators/events';
import { inIdList } from '../store/idList';

const G = GENERATED_SOURCE.id;
/** Share of generated premises that stand empty today: a typical Swedish city centre has 5–10 %. */
const VACANT_NOW_SHARE = 0.08;
/** Buildings with mapped businesses that get one unit OSM has no business for … */
const UNMAPPED_UNIT_SHARE = 0.3;
/** … and how many of those stand empty today (OSM maps what is open, so many of them do). */
const UNMAPPED_VACANT_SHARE = 0.45;

export async function count(ctx: SeedContext, sql: string): Promise<number> {
  return (await ctx.tx.one<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM (${sql})`))!.n;
}

/**
 * Parcels around the real premises, if the real data had none: blocks are kept where there
 * are premises within reach and the ground is land. Streets and buildings are never made up
 * (a place without real ones draws none and says so).
 */
export async function generateParcels(ctx: SeedContext): Promise<void> {
  if ((await count(ctx, 'SELECT 1 FROM parcels')) > 0) return;

  const [minLon, minLat, maxLon, maxLat] = ctx.recipe.generate.fabricBbox;
  const [minE, minN] = wgs84ToSweref([minLon, minLat]);
  const [maxE, maxN] = wgs84ToSweref([maxLon, maxLat]);
  const land = await landPolygons(ctx, ctx.recipe.generate.fabricBbox);
  const reach = 170;
  const premises = new GridIndex<Position>(reach);
  for (const p of await ctx.tx.all<{ lon: number; lat: number }>('SELECT lon, lat FROM premises')) {
    const e = wgs84ToSweref([p.lon, p.lat]);
    premises.insert([e[0], e[1], e[0], e[1]], e);
  }
  const municipality = await ctx.tx.one<{ name: string }>('SELECT name FROM municipalities WHERE code = $c', {
    c: ctx.recipe.centre.municipalityCode,
  });
  const fabric = generateFabric(ctx.random, {
    area: [minE, minN, maxE, maxN],
    municipalityName: municipality?.name.replace(/ kommun$/, '') ?? ctx.recipe.centre.name,
    keepCell: (e, n) => {
      const near = premises
        .query([e - reach, n - reach, e + reach, n + reach])
        .some((p) => Math.hypot(p[0] - e, p[1] - n) <= reach);
      return near && land.some((poly) => booleanPointInPolygon(point(swerefToWgs84([e, n])), poly));
    },
  });
  ctx.log(`generated parcels: ${fabric.blocks.length} blocks, ${fabric.parcels.length} parcels`);
  await insertRows(
    ctx.tx,
    'parcels',
    fabric.parcels.map((p) => ({
      id: p.id,
      designation: p.designation,
      municipality_code: ctx.recipe.centre.municipalityCode,
      geom: p.geometry,
      area_m2: round1(area(p.geometry)),
      source_id: G,
      generated: true,
      updated_by: SEED_USER,
    })),
  );
  await insertOwners(ctx, generateOwners(ctx.random, fabric.parcels));
}

async function landPolygons(ctx: SeedContext, [minX, minY, maxX, maxY]: number[]) {
  const rows = await ctx.tx.all<{ wkb: Uint8Array }>(
    'SELECT ST_AsWKB(geom) AS wkb FROM municipalities WHERE max_x >= $minX AND min_x <= $maxX AND max_y >= $minY AND min_y <= $maxY',
    { minX, minY, maxX, maxY },
  );
  return rows.map((r) => wkbToGeometry(r.wkb) as Polygon | MultiPolygon);
}

/** Generated stakeholders, but for those already stored (a municipality owns land in two places). */
export async function insertStakeholders(ctx: SeedContext, all: ReturnType<typeof generateOwners>['stakeholders']) {
  const known = new Set(
    (
      await ctx.tx.all<{ id: string }>(`SELECT id FROM stakeholders WHERE ${inIdList('id')}`, {
        ids: listValue(all.map((s) => s.id)),
      })
    ).map((r) => r.id),
  );
  const stakeholders = all.filter((s) => !known.has(s.id));
  await insertRows(
    ctx.tx,
    'stakeholders',
    stakeholders.map((s) => ({
      id: s.id,
      kind: s.kind,
      name: s.name,
      org_number: s.orgNumber,
      is_private_person: s.isPrivatePerson,
      email: s.email,
      phone: s.phone,
      engagement_step: s.engagementStep,
      generated: true,
      updated_by: SEED_USER,
    })),
  );
}

/** Generated owners and their shares of the parcels. */
export async function insertOwners(ctx: SeedContext, { stakeholders, ownerships }: ReturnType<typeof generateOwners>) {
  await insertStakeholders(ctx, stakeholders);
  await insertRows(
    ctx.tx,
    'parcel_owners',
    ownerships.map((o) => ({
      parcel_id: o.parcelId,
      stakeholder_id: o.stakeholderId,
      share: o.share,
      generated: true,
    })),
  );
}

/** Shops and services on generated parcels in the centre, beside the real eating places. */
export async function generateCentrePremises(ctx: SeedContext, bbox = ctx.recipe.centre.bbox): Promise<void> {
  const [minX, minY, maxX, maxY] = bbox;
  const rows = await ctx.tx.all<{ id: string; wkb: Uint8Array; real: number }>(
    `
    SELECT p.id, ST_AsWKB(p.geom) AS wkb, count(pr.id)::INTEGER AS real
    FROM parcels p LEFT JOIN premises pr ON pr.parcel_id = p.id
    WHERE p.generated AND p.max_x >= $minX AND p.min_x <= $maxX AND p.max_y >= $minY AND p.min_y <= $maxY
    GROUP BY p.id, p.geom ORDER BY p.id`,
    { minX, minY, maxX, maxY },
  );
  const generated = generatePremises(
    ctx.random,
    rows.flatMap((r) => {
      const geometry = wkbToGeometry(r.wkb);
      return geometry.type === 'Polygon' ? [{ id: r.id, geometry, realPremises: r.real }] : [];
    }),
  );
  await insertGeneratedPremises(ctx, generated);
  ctx.log(`generated ${generated.length} premises in the centre`);
}

/**
 * Units without a business in OpenStreetMap in the buildings of a place's real premises, so that
 * a real centre's vacancy (and the demo district's) is not nil: see `generateUnmappedUnits`.
 */
export async function generateUnmappedPremises(ctx: SeedContext, bbox: number[]): Promise<void> {
  const [minX, minY, maxX, maxY] = bbox;
  const rows = await ctx.tx.all<{ id: string; wkb: Uint8Array }>(
    `SELECT p.id, ST_AsWKB(p.geom) AS wkb FROM parcels p
     WHERE p.generated AND p.max_x >= $minX AND p.min_x <= $maxX AND p.max_y >= $minY AND p.min_y <= $maxY
       AND EXISTS (SELECT 1 FROM premises pr WHERE pr.parcel_id = p.id AND NOT pr.generated)
     ORDER BY p.id`,
    { minX, minY, maxX, maxY },
  );
  const parcels = rows.map((r) => ({
    id: r.id,
    inside: pointOnFeature(wkbToGeometry(r.wkb) as Polygon | MultiPolygon).geometry.coordinates,
  }));
  const units = generateUnmappedUnits(ctx.random, parcels, UNMAPPED_UNIT_SHARE);
  await insertGeneratedPremises(ctx, units);
  ctx.log(`generated ${units.length} units without a business in OpenStreetMap`);
}

function insertGeneratedPremises(ctx: SeedContext, premises: GeneratedPremises[]) {
  return insertRows(
    ctx.tx,
    'premises',
    premises.map((p) => ({
      id: p.id,
      parcel_id: p.parcelId,
      name: p.name,
      kind: p.kind,
      floor_area_m2: p.floorAreaM2,
      floor_area_generated: true,
      lon: p.position[0],
      lat: p.position[1],
      geom: { type: 'Point', coordinates: p.position },
      source_id: G,
      generated: true,
      updated_by: SEED_USER,
    })),
  );
}

/** Share of a premises that stands empty today: real open businesses do not. */
function vacantNowShare(p: { id: string; generated: boolean }): number {
  if (!p.generated) return 0;
  return p.id.startsWith(UNMAPPED_PREFIX) ? UNMAPPED_VACANT_SHARE : VACANT_NOW_SHARE;
}

/** Status history for every premises without one, and a tenant for each occupied, named one. */
export async function generateStatusAndTenants(ctx: SeedContext, businessIdPrefix = 'sh-business'): Promise<void> {
  const today = ctx.recipe.generate.footfall.to;
  const premises = await ctx.tx.all<{ id: string; name: string | null; generated: boolean }>(
    'SELECT id, name, generated FROM premises WHERE id NOT IN (SELECT premises_id FROM premises_status) ORDER BY id',
  );
  const periods: RowOf<'premises_status'>[] = [];
  const tenants: RowOf<'premises_tenants'>[] = [];
  const businesses = new Map<string, string>();
  for (const p of premises) {
    const history = generateStatusHistory(ctx.random, p.id, vacantNowShare(p), today);
    for (const s of history.periods) {
      periods.push({
        premises_id: s.premisesId,
        status: s.status,
        valid_from: s.validFrom,
        valid_to: s.validTo,
        generated: true,
        recorded_by: SEED_USER,
      });
    }
    if (!history.occupiedSince || !p.name) continue;
    // Premises of one chain share one business stakeholder.
    let businessId = businesses.get(p.name);
    if (!businessId) {
      businessId = `${businessIdPrefix}-${businesses.size + 1}`;
      businesses.set(p.name, businessId);
    }
    tenants.push({ premises_id: p.id, stakeholder_id: businessId, since: history.occupiedSince, generated: true });
  }
  await insertRows(ctx.tx, 'premises_status', periods);
  await insertRows(
    ctx.tx,
    'stakeholders',
    [...businesses].map(([name, id]) => ({ id, kind: 'business', name, generated: true, updated_by: SEED_USER })),
  );
  await insertRows(ctx.tx, 'premises_tenants', tenants);
  // A generated name is the occupant's; an empty premises has none.
  await ctx.tx.run(`UPDATE premises SET name = NULL WHERE generated AND id IN
    (SELECT premises_id FROM premises_status WHERE status = 'vacant' AND valid_to IS NULL)`);
}

export async function generateFootfall(ctx: SeedContext): Promise<void> {
  if ((await count(ctx, 'SELECT 1 FROM footfall_counters')) > 0) return;
  await writeGeneratedCounters(ctx, COUNTERS);
}

/** Counters (at real streets and squares) with generated hourly counts over the recipe's period, rolled up per day. */
export async function writeGeneratedCounters(ctx: SeedContext, counters: readonly CounterSpec[]): Promise<void> {
  const { from, to } = ctx.recipe.generate.footfall;
  await insertRows(
    ctx.tx,
    'footfall_counters',
    counters.map((c) => ({
      id: c.id,
      name: c.name,
      lon: c.lon,
      lat: c.lat,
      geom: { type: 'Point' as const, coordinates: [c.lon, c.lat] },
      installed_on: from,
      source_id: G,
      generated: true,
    })),
  );
  const rows = function* () {
    for (const c of generateHourlyCounts(ctx.random, from, to, counters))
      yield { counter_id: c.counterId, ts: c.utcMs, count: c.count, generated: true };
  };
  const n = await insertRows(ctx.tx, 'footfall_counts', rows());
  await refreshDailyFootfall(ctx.tx);
  ctx.log(`generated ${n} hourly footfall counts for ${counters.length} counters`);
}

/** Recurring events over the years the footfall covers, so the charts have their peaks explained. */
export async function generateEvents(ctx: SeedContext): Promise<void> {
  if ((await count(ctx, 'SELECT 1 FROM events')) > 0) return;
  const { from, to } = ctx.recipe.generate.footfall;
  await insertRows(
    ctx.tx,
    'events',
    seedEvents(Number(from.slice(0, 4)), Number(to.slice(0, 4)), ctx.recipe.centre.id).map((e) => ({
      id: e.id,
      title: e.title,
      starts_on: e.startsOn,
      ends_on: e.endsOn,
      place_id: e.placeId,
      generated: true,
      created_by: SEED_USER,
    })),
  );
}

function round1(v: number) {
  return Math.round(v * 10) / 10;
}
