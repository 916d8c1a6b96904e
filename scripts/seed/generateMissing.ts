import { area, booleanPointInPolygon, point } from '@turf/turf';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { bulkInsert } from '../../server/store/bulkInsert';
import { refreshDailyFootfall } from '../../server/store/footfallRollup';
import { wkbToGeometry } from '../../server/geo/wkb';
import { wgs84ToSweref, swerefToWgs84 } from '../../server/domain/sweref';
import { GENERATED_SOURCE, SEED_USER, type SeedContext } from './context';
import { GridIndex } from './spatialIndex';
import { generateFabric } from './generators/townFabric';
import { generateOwners, MUNICIPALITY_OWNER } from './generators/owners';
import { generatePremises } from './generators/premises';
import { generateStatusHistory } from './generators/premisesStatus';
import { COUNTERS, generateHourlyCounts } from './generators/footfall';
import { INDEX_ZONES, generateTurnoverIndex } from './generators/turnoverIndex';
import { seedEvents } from './generators/events';
import { SEED_OBSERVATIONS, SEED_PROCESS_START, SEED_TICKS, SEED_WALK } from './generators/processAndWalk';
import { SEED_ACTIONS, SEED_DISTRICT, SEED_GOALS, SEED_POTS, SEED_VISION } from './generators/district';

const G = GENERATED_SOURCE.id;
/** Share of generated premises that stand empty today: a typical Swedish city centre has 5–10 %. */
const VACANT_NOW_SHARE = 0.08;

async function count(ctx: SeedContext, sql: string): Promise<number> {
  return (await ctx.tx.one<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM (${sql})`))!.n;
}

/**
 * Streets, blocks and parcels around the real premises, if the real data had none. Blocks
 * are kept where there are premises within reach and the ground is land.
 */
export async function generateTownFabric(ctx: SeedContext): Promise<void> {
  const needParcels = (await count(ctx, 'SELECT 1 FROM parcels')) === 0;
  const needRoads = (await count(ctx, "SELECT 1 FROM basemap_features WHERE layer = 'road'")) === 0;
  const needBuildings = (await count(ctx, "SELECT 1 FROM basemap_features WHERE layer = 'building'")) === 0;
  if (!needParcels && !needRoads && !needBuildings) return;

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
  const municipality = await ctx.tx.one<{ name: string }>('SELECT name FROM municipalities WHERE code = $c', { c: ctx.recipe.centre.municipalityCode });
  const fabric = generateFabric(ctx.random, {
    area: [minE, minN, maxE, maxN],
    municipalityName: municipality?.name.replace(/ kommun$/, '') ?? ctx.recipe.centre.name,
    keepCell: (e, n) => {
      const near = premises.query([e - reach, n - reach, e + reach, n + reach]).some((p) => Math.hypot(p[0] - e, p[1] - n) <= reach);
      return near && land.some((poly) => booleanPointInPolygon(point(swerefToWgs84([e, n])), poly));
    },
  });
  ctx.log(`generated fabric: ${fabric.blocks.length} blocks, ${fabric.parcels.length} parcels, ${fabric.roads.length} streets`);

  if (needParcels) {
    await bulkInsert(ctx.tx, 'parcels', [
      ['id', 'varchar'], ['designation', 'varchar'], ['municipality_code', 'varchar'], ['geom', 'geometry+extent'],
      ['area_m2', 'double'], ['source_id', 'varchar'], ['generated', 'boolean'], ['updated_by', 'varchar'],
    ], fabric.parcels.map((p) => [p.id, p.designation, ctx.recipe.centre.municipalityCode, p.geometry, round1(area(p.geometry)), G, true, SEED_USER]));
    const { stakeholders, ownerships } = generateOwners(ctx.random, fabric.parcels);
    await insertStakeholders(ctx, stakeholders);
    await bulkInsert(ctx.tx, 'parcel_owners', [['parcel_id', 'varchar'], ['stakeholder_id', 'varchar'], ['share', 'double'], ['generated', 'boolean']],
      ownerships.map((o) => [o.parcelId, o.stakeholderId, o.share, true]));
  }
  const basemapColumns = [['id', 'varchar'], ['layer', 'varchar'], ['kind', 'varchar'], ['geom', 'geometry+extent'], ['source_id', 'varchar'], ['generated', 'boolean']] as const;
  if (needBuildings) {
    await bulkInsert(ctx.tx, 'basemap_features', basemapColumns, fabric.buildings.map((b) => [b.id, 'building', 'yes', b.geometry, G, true]));
  }
  if (needRoads) {
    await bulkInsert(ctx.tx, 'basemap_features', basemapColumns, fabric.roads.map((r) => [r.id, 'road', r.kind, r.geometry, G, true]));
  }
}

async function landPolygons(ctx: SeedContext, [minX, minY, maxX, maxY]: number[]) {
  const rows = await ctx.tx.all<{ wkb: Uint8Array }>(
    'SELECT ST_AsWKB(geom) AS wkb FROM municipalities WHERE max_x >= $minX AND min_x <= $maxX AND max_y >= $minY AND min_y <= $maxY',
    { minX, minY, maxX, maxY },
  );
  return rows.map((r) => wkbToGeometry(r.wkb) as Polygon | MultiPolygon);
}

async function insertStakeholders(ctx: SeedContext, stakeholders: ReturnType<typeof generateOwners>['stakeholders']) {
  await bulkInsert(ctx.tx, 'stakeholders', [
    ['id', 'varchar'], ['kind', 'varchar'], ['name', 'varchar'], ['org_number', 'varchar'], ['is_private_person', 'boolean'],
    ['email', 'varchar'], ['phone', 'varchar'], ['engagement_step', 'varchar'], ['generated', 'boolean'], ['updated_by', 'varchar'],
  ], stakeholders.map((s) => [s.id, s.kind, s.name, s.orgNumber, s.isPrivatePerson, s.email, s.phone, s.engagementStep, true, SEED_USER]));
}

interface ParcelShape { id: string; geometry: Polygon | MultiPolygon; extent: number[] }

async function loadParcels(ctx: SeedContext): Promise<ParcelShape[]> {
  const rows = await ctx.tx.all<{ id: string; wkb: Uint8Array; min_x: number; min_y: number; max_x: number; max_y: number }>(
    'SELECT id, ST_AsWKB(geom) AS wkb, min_x, min_y, max_x, max_y FROM parcels',
  );
  return rows.map((r) => ({ id: r.id, geometry: wkbToGeometry(r.wkb) as Polygon | MultiPolygon, extent: [r.min_x, r.min_y, r.max_x, r.max_y] }));
}

/**
 * Puts every premises on the parcel that contains it, or the nearest parcel within ~25 m
 * (OSM points often sit on the pavement in front of the building).
 */
export async function linkPremisesToParcels(ctx: SeedContext): Promise<void> {
  const parcels = await loadParcels(ctx);
  const index = new GridIndex<ParcelShape>(0.002);
  for (const p of parcels) index.insert(p.extent, p);
  const premises = await ctx.tx.all<{ id: string; lon: number; lat: number }>('SELECT id, lon, lat FROM premises WHERE parcel_id IS NULL');
  const near = 0.0004; // degrees, ~25 m north–south
  const links: [string, string][] = [];
  for (const pr of premises) {
    const candidates = index.query([pr.lon - near, pr.lat - near, pr.lon + near, pr.lat + near]);
    const pt = point([pr.lon, pr.lat]);
    const inside = candidates.find((c) => booleanPointInPolygon(pt, c.geometry));
    const chosen = inside ?? nearestByExtent(candidates, pr.lon, pr.lat, near);
    if (chosen) links.push([pr.id, chosen.id]);
  }
  await ctx.tx.run('CREATE OR REPLACE TEMP TABLE premises_parcel (premises_id VARCHAR, parcel_id VARCHAR)');
  await bulkInsert(ctx.tx, 'premises_parcel', [['premises_id', 'varchar'], ['parcel_id', 'varchar']], links);
  await ctx.tx.run('UPDATE premises SET parcel_id = l.parcel_id FROM premises_parcel l WHERE premises.id = l.premises_id');
  await ctx.tx.run('DROP TABLE premises_parcel');
  ctx.log(`linked ${links.length} of ${premises.length} premises to parcels`);
}

function nearestByExtent(candidates: ParcelShape[], lon: number, lat: number, within: number): ParcelShape | undefined {
  let best: ParcelShape | undefined;
  let bestDistance = within;
  for (const c of candidates) {
    const dx = Math.max(c.extent[0] - lon, 0, lon - c.extent[2]) * Math.cos((lat * Math.PI) / 180);
    const dy = Math.max(c.extent[1] - lat, 0, lat - c.extent[3]);
    const d = Math.hypot(dx, dy);
    if (d < bestDistance) {
      bestDistance = d;
      best = c;
    }
  }
  return best;
}

/** Shops and services on generated parcels in the centre, beside the real eating places. */
export async function generateCentrePremises(ctx: SeedContext): Promise<void> {
  const [minX, minY, maxX, maxY] = ctx.recipe.centre.bbox;
  const rows = await ctx.tx.all<{ id: string; wkb: Uint8Array; real: number }>(`
    SELECT p.id, ST_AsWKB(p.geom) AS wkb, count(pr.id)::INTEGER AS real
    FROM parcels p LEFT JOIN premises pr ON pr.parcel_id = p.id
    WHERE p.generated AND p.max_x >= $minX AND p.min_x <= $maxX AND p.max_y >= $minY AND p.min_y <= $maxY
    GROUP BY p.id, p.geom ORDER BY p.id`, { minX, minY, maxX, maxY });
  const generated = generatePremises(ctx.random, rows.map((r) => ({ id: r.id, geometry: wkbToGeometry(r.wkb) as Polygon, realPremises: r.real })));
  await bulkInsert(ctx.tx, 'premises', [
    ['id', 'varchar'], ['parcel_id', 'varchar'], ['name', 'varchar'], ['kind', 'varchar'], ['floor_area_m2', 'double'],
    ['floor_area_generated', 'boolean'], ['lon', 'double'], ['lat', 'double'], ['geom', 'geometry'], ['source_id', 'varchar'],
    ['generated', 'boolean'], ['updated_by', 'varchar'],
  ], generated.map((p) => [p.id, p.parcelId, p.name, p.kind, p.floorAreaM2, true, p.position[0], p.position[1],
    { type: 'Point', coordinates: p.position }, G, true, SEED_USER]));
  ctx.log(`generated ${generated.length} premises in the centre`);
}

/** Status history for every premises without one, and a tenant for each occupied, named one. */
export async function generateStatusAndTenants(ctx: SeedContext): Promise<void> {
  const today = ctx.recipe.generate.footfall.to;
  const premises = await ctx.tx.all<{ id: string; name: string | null; generated: boolean }>(
    'SELECT id, name, generated FROM premises WHERE id NOT IN (SELECT premises_id FROM premises_status) ORDER BY id');
  const periods: unknown[][] = [];
  const tenants: unknown[][] = [];
  const businesses = new Map<string, string>();
  for (const p of premises) {
    const history = generateStatusHistory(ctx.random, p.id, p.generated ? VACANT_NOW_SHARE : 0, today);
    for (const s of history.periods) periods.push([s.premisesId, s.status, s.validFrom, s.validTo, true, SEED_USER]);
    if (!history.occupiedSince || !p.name) continue;
    // Premises of one chain share one business stakeholder.
    let businessId = businesses.get(p.name);
    if (!businessId) {
      businessId = `sh-business-${businesses.size + 1}`;
      businesses.set(p.name, businessId);
    }
    tenants.push([p.id, businessId, history.occupiedSince, true]);
  }
  await bulkInsert(ctx.tx, 'premises_status', [['premises_id', 'varchar'], ['status', 'varchar'], ['valid_from', 'date'], ['valid_to', 'date'],
    ['generated', 'boolean'], ['recorded_by', 'varchar']], periods as never);
  await bulkInsert(ctx.tx, 'stakeholders', [['id', 'varchar'], ['kind', 'varchar'], ['name', 'varchar'], ['generated', 'boolean'], ['updated_by', 'varchar']],
    [...businesses].map(([name, id]) => [id, 'business', name, true, SEED_USER]));
  await bulkInsert(ctx.tx, 'premises_tenants', [['premises_id', 'varchar'], ['stakeholder_id', 'varchar'], ['since', 'date'], ['generated', 'boolean']], tenants as never);
  // A generated name is the occupant's; an empty premises has none.
  await ctx.tx.run(`UPDATE premises SET name = NULL WHERE generated AND id IN
    (SELECT premises_id FROM premises_status WHERE status = 'vacant' AND valid_to IS NULL)`);
}

export async function generateFootfall(ctx: SeedContext): Promise<void> {
  if ((await count(ctx, 'SELECT 1 FROM footfall_counters')) > 0) return;
  const { from, to } = ctx.recipe.generate.footfall;
  await bulkInsert(ctx.tx, 'footfall_counters', [['id', 'varchar'], ['name', 'varchar'], ['lon', 'double'], ['lat', 'double'], ['geom', 'geometry'],
    ['installed_on', 'date'], ['source_id', 'varchar'], ['generated', 'boolean']],
    COUNTERS.map((c) => [c.id, c.name, c.lon, c.lat, { type: 'Point', coordinates: [c.lon, c.lat] }, from, G, true]));
  const rows = function* () {
    for (const c of generateHourlyCounts(ctx.random, from, to)) yield [c.counterId, c.utcMs, c.count, true] as const;
  };
  const n = await bulkInsert(ctx.tx, 'footfall_counts', [['counter_id', 'varchar'], ['ts', 'epoch-ms'], ['count', 'integer'], ['generated', 'boolean']], rows());
  await refreshDailyFootfall(ctx.tx);
  ctx.log(`generated ${n} hourly footfall counts for ${COUNTERS.length} counters`);
}

export async function generateTurnover(ctx: SeedContext): Promise<void> {
  if ((await count(ctx, 'SELECT 1 FROM index_zones')) > 0) return;
  await bulkInsert(ctx.tx, 'index_zones', [['id', 'varchar'], ['name', 'varchar'], ['geom', 'geometry+extent'], ['generated', 'boolean']],
    INDEX_ZONES.map((z) => [z.id, z.name, z.geometry, true]));
  const { from, to } = ctx.recipe.generate.turnoverIndex;
  await bulkInsert(ctx.tx, 'index_values', [['zone_id', 'varchar'], ['series', 'varchar'], ['period', 'date'], ['value', 'double'], ['generated', 'boolean']],
    generateTurnoverIndex(ctx.random, from, to).map((r) => [r.zoneId, 'turnover', r.period, r.value, true]));
}

/** Recurring events over the years the footfall covers, so the charts have their peaks explained. */
export async function generateEvents(ctx: SeedContext): Promise<void> {
  if ((await count(ctx, 'SELECT 1 FROM events')) > 0) return;
  const { from, to } = ctx.recipe.generate.footfall;
  await bulkInsert(ctx.tx, 'events', [['id', 'varchar'], ['title', 'varchar'], ['starts_on', 'date'], ['ends_on', 'date'], ['generated', 'boolean'], ['created_by', 'varchar']],
    seedEvents(Number(from.slice(0, 4)), Number(to.slice(0, 4))).map((e) => [e.id, e.title, e.startsOn, e.endsOn, true, SEED_USER]));
}

export async function generateDistrictAndActions(ctx: SeedContext): Promise<void> {
  if ((await count(ctx, 'SELECT 1 FROM districts')) > 0) return;
  const d = SEED_DISTRICT;
  // The actions' responsible party; present already when the seed generated parcel owners.
  if ((await count(ctx, `SELECT 1 FROM stakeholders WHERE id = '${MUNICIPALITY_OWNER.id}'`)) === 0) await insertStakeholders(ctx, [MUNICIPALITY_OWNER]);
  await bulkInsert(ctx.tx, 'districts', [['id', 'varchar'], ['name', 'varchar'], ['type', 'varchar'], ['municipality_code', 'varchar'], ['generated', 'boolean'], ['created_by', 'varchar']],
    [[d.id, d.name, d.type, ctx.recipe.centre.municipalityCode, true, SEED_USER]]);
  await bulkInsert(ctx.tx, 'district_versions', [['district_id', 'varchar'], ['version', 'integer'], ['geom', 'geometry+extent'], ['area_m2', 'double'], ['note', 'varchar'], ['created_by', 'varchar']],
    [[d.id, 1, d.geometry, round1(area(d.geometry)), d.note, SEED_USER]]);
  await bulkInsert(ctx.tx, 'actions', [
    ['id', 'varchar'], ['district_id', 'varchar'], ['title', 'varchar'], ['description', 'varchar'], ['focus_area', 'varchar'], ['status', 'varchar'],
    ['priority', 'integer'], ['start_date', 'date'], ['end_date', 'date'], ['responsible_stakeholder_id', 'varchar'], ['geom', 'geometry'],
    ['cost_sek', 'integer'], ['public', 'boolean'], ['public_text', 'varchar'], ['generated', 'boolean'], ['updated_by', 'varchar'], ['pot_id', 'varchar'],
  ], SEED_ACTIONS.map((a) => [a.id, d.id, a.title, a.description, a.focusArea, a.status, a.priority, a.start, a.end, MUNICIPALITY_OWNER.id,
    a.geometry, a.costSek, a.public, a.publicText, true, SEED_USER, a.potId ?? null]));
  // Half the municipality, half the property owners: the common BID split.
  await bulkInsert(ctx.tx, 'action_financing', [['action_id', 'varchar'], ['position', 'integer'], ['party', 'varchar'], ['stakeholder_id', 'varchar'], ['share', 'double']],
    SEED_ACTIONS.flatMap((a) => [[a.id, 0, 'Malmö stad', MUNICIPALITY_OWNER.id, 0.5], [a.id, 1, 'Fastighetsägarna i området', null, 0.5]]));
  await bulkInsert(ctx.tx, 'pots', [['id', 'varchar'], ['district_id', 'varchar'], ['kind', 'varchar'], ['year', 'integer'], ['budget_sek', 'integer'], ['updated_by', 'varchar']],
    SEED_POTS.map((p) => [p.id, d.id, p.kind, p.year, p.budgetSek, SEED_USER]));
  await bulkInsert(ctx.tx, 'business_plans', [['district_id', 'varchar'], ['vision', 'varchar'], ['updated_by', 'varchar']], [[d.id, SEED_VISION, SEED_USER]]);
  await bulkInsert(ctx.tx, 'goals', [['id', 'varchar'], ['district_id', 'varchar'], ['title', 'varchar'], ['indicator', 'varchar'], ['baseline', 'double'],
    ['target', 'double'], ['target_date', 'date'], ['updated_by', 'varchar']],
    SEED_GOALS.map((g) => [g.id, d.id, g.title, g.indicator, g.baseline, g.target, g.targetDate, SEED_USER]));
  await bulkInsert(ctx.tx, 'district_process', [['district_id', 'varchar'], ['start_date', 'date'], ['generated', 'boolean'], ['updated_by', 'varchar']],
    [[d.id, SEED_PROCESS_START, true, SEED_USER]]);
  await bulkInsert(ctx.tx, 'process_ticks', [['district_id', 'varchar'], ['item', 'varchar'], ['done_on', 'date'], ['done_by', 'varchar'], ['generated', 'boolean']],
    SEED_TICKS.map((t) => [d.id, t.item, t.doneOn, SEED_USER, true]));
  await bulkInsert(ctx.tx, 'site_walks', [['id', 'varchar'], ['district_id', 'varchar'], ['title', 'varchar'], ['walked_on', 'date'], ['generated', 'boolean'], ['created_by', 'varchar']],
    [[SEED_WALK.id, d.id, SEED_WALK.title, SEED_WALK.walkedOn, true, SEED_USER]]);
  await bulkInsert(ctx.tx, 'observations', [['id', 'varchar'], ['district_id', 'varchar'], ['walk_id', 'varchar'], ['focus_area', 'varchar'], ['verdict', 'varchar'],
    ['text', 'varchar'], ['lon', 'double'], ['lat', 'double'], ['generated', 'boolean'], ['created_by', 'varchar']],
    SEED_OBSERVATIONS.map((o) => [o.id, d.id, SEED_WALK.id, o.focusArea, o.verdict, o.text, o.lon, o.lat, true, SEED_USER]));
}

function round1(v: number) {
  return Math.round(v * 10) / 10;
}
