import { area, booleanPointInPolygon, point } from '@turf/turf';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { listValue } from '@duckdb/node-api';
import { insertRows, type RowOf } from '../store/tables';
import { insertDistrict, insertBoundaryVersion } from '../store/districtWrites';
import { refreshDailyFootfall } from '../store/footfallRollup';
import { wkbToGeometry } from '../geo/wkb';
import { wgs84ToSweref, swerefToWgs84 } from '../domain/sweref';
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
  ctx.log(
    `generated fabric: ${fabric.blocks.length} blocks, ${fabric.parcels.length} parcels, ${fabric.roads.length} streets`,
  );

  if (needParcels) {
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
    const { stakeholders, ownerships } = generateOwners(ctx.random, fabric.parcels);
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
  if (needBuildings) {
    await insertRows(
      ctx.tx,
      'basemap_features',
      fabric.buildings.map((b) => ({
        id: b.id,
        layer: 'building',
        kind: 'yes',
        geom: b.geometry,
        source_id: G,
        generated: true,
      })),
    );
  }
  if (needRoads) {
    await insertRows(
      ctx.tx,
      'basemap_features',
      fabric.roads.map((r) => ({
        id: r.id,
        layer: 'road',
        kind: r.kind,
        geom: r.geometry,
        source_id: G,
        generated: true,
      })),
    );
  }
}

async function landPolygons(ctx: SeedContext, [minX, minY, maxX, maxY]: number[]) {
  const rows = await ctx.tx.all<{ wkb: Uint8Array }>(
    'SELECT ST_AsWKB(geom) AS wkb FROM municipalities WHERE max_x >= $minX AND min_x <= $maxX AND max_y >= $minY AND min_y <= $maxY',
    { minX, minY, maxX, maxY },
  );
  return rows.map((r) => wkbToGeometry(r.wkb) as Polygon | MultiPolygon);
}

export async function insertStakeholders(
  ctx: SeedContext,
  stakeholders: ReturnType<typeof generateOwners>['stakeholders'],
) {
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

interface ParcelShape {
  id: string;
  geometry: Polygon | MultiPolygon;
  extent: number[];
}

async function loadParcels(ctx: Pick<SeedContext, 'tx'>): Promise<ParcelShape[]> {
  const rows = await ctx.tx.all<{
    id: string;
    wkb: Uint8Array;
    min_x: number;
    min_y: number;
    max_x: number;
    max_y: number;
  }>('SELECT id, ST_AsWKB(geom) AS wkb, min_x, min_y, max_x, max_y FROM parcels');
  return rows.map((r) => ({
    id: r.id,
    geometry: wkbToGeometry(r.wkb) as Polygon | MultiPolygon,
    extent: [r.min_x, r.min_y, r.max_x, r.max_y],
  }));
}

/**
 * Puts every premises on the parcel that contains it, or the nearest parcel within ~25 m
 * (OSM points often sit on the pavement in front of the building).
 */
export async function linkPremisesToParcels(ctx: Pick<SeedContext, 'tx' | 'log'>): Promise<void> {
  const parcels = await loadParcels(ctx);
  const index = new GridIndex<ParcelShape>(0.002);
  for (const p of parcels) index.insert(p.extent, p);
  const premises = await ctx.tx.all<{ id: string; lon: number; lat: number }>(
    'SELECT id, lon, lat FROM premises WHERE parcel_id IS NULL',
  );
  const near = 0.0004; // degrees, ~25 m north–south
  const links: [string, string][] = [];
  for (const pr of premises) {
    const candidates = index.query([pr.lon - near, pr.lat - near, pr.lon + near, pr.lat + near]);
    const pt = point([pr.lon, pr.lat]);
    const inside = candidates.find((c) => booleanPointInPolygon(pt, c.geometry));
    const chosen = inside ?? nearestByExtent(candidates, pr.lon, pr.lat, near);
    if (chosen) links.push([pr.id, chosen.id]);
  }
  if (links.length === 0) return;
  await ctx.tx.run(
    `UPDATE premises SET parcel_id = l.parcel_id
     FROM (SELECT unnest($premises) AS premises_id, unnest($parcels) AS parcel_id) l WHERE premises.id = l.premises_id`,
    { premises: listValue(links.map((l) => l[0])), parcels: listValue(links.map((l) => l[1])) },
  );
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
  await insertRows(
    ctx.tx,
    'premises',
    generated.map((p) => ({
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
  ctx.log(`generated ${generated.length} premises in the centre`);
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
    const history = generateStatusHistory(ctx.random, p.id, p.generated ? VACANT_NOW_SHARE : 0, today);
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
  const { from, to } = ctx.recipe.generate.footfall;
  await insertRows(
    ctx.tx,
    'footfall_counters',
    COUNTERS.map((c) => ({
      id: c.id,
      name: c.name,
      lon: c.lon,
      lat: c.lat,
      geom: { type: 'Point', coordinates: [c.lon, c.lat] },
      installed_on: from,
      source_id: G,
      generated: true,
    })),
  );
  const rows = function* () {
    for (const c of generateHourlyCounts(ctx.random, from, to))
      yield { counter_id: c.counterId, ts: c.utcMs, count: c.count, generated: true };
  };
  const n = await insertRows(ctx.tx, 'footfall_counts', rows());
  await refreshDailyFootfall(ctx.tx);
  ctx.log(`generated ${n} hourly footfall counts for ${COUNTERS.length} counters`);
}

export async function generateTurnover(ctx: SeedContext): Promise<void> {
  if ((await count(ctx, 'SELECT 1 FROM index_zones')) > 0) return;
  await insertRows(
    ctx.tx,
    'index_zones',
    INDEX_ZONES.map((z) => ({ id: z.id, name: z.name, geom: z.geometry, generated: true })),
  );
  const { from, to } = ctx.recipe.generate.turnoverIndex;
  await insertRows(
    ctx.tx,
    'index_values',
    generateTurnoverIndex(ctx.random, from, to).map((r) => ({
      zone_id: r.zoneId,
      series: 'turnover',
      period: r.period,
      value: r.value,
      generated: true,
    })),
  );
}

/** Recurring events over the years the footfall covers, so the charts have their peaks explained. */
export async function generateEvents(ctx: SeedContext): Promise<void> {
  if ((await count(ctx, 'SELECT 1 FROM events')) > 0) return;
  const { from, to } = ctx.recipe.generate.footfall;
  await insertRows(
    ctx.tx,
    'events',
    seedEvents(Number(from.slice(0, 4)), Number(to.slice(0, 4))).map((e) => ({
      id: e.id,
      title: e.title,
      starts_on: e.startsOn,
      ends_on: e.endsOn,
      generated: true,
      created_by: SEED_USER,
    })),
  );
}

export async function generateDistrictAndActions(ctx: SeedContext): Promise<void> {
  if ((await count(ctx, 'SELECT 1 FROM districts')) > 0) return;
  const d = SEED_DISTRICT;
  // The actions' responsible party; present already when the seed generated parcel owners.
  if ((await count(ctx, `SELECT 1 FROM stakeholders WHERE id = '${MUNICIPALITY_OWNER.id}'`)) === 0)
    await insertStakeholders(ctx, [MUNICIPALITY_OWNER]);
  await insertDistrict(
    ctx.tx,
    { id: d.id, name: d.name, type: d.type, municipalityCode: ctx.recipe.centre.municipalityCode, generated: true },
    SEED_USER,
  );
  await insertBoundaryVersion(ctx.tx, d.id, 1, d.geometry, d.note, SEED_USER);
  await insertRows(
    ctx.tx,
    'actions',
    SEED_ACTIONS.map((a) => ({
      id: a.id,
      district_id: d.id,
      title: a.title,
      description: a.description,
      focus_area: a.focusArea,
      status: a.status,
      priority: a.priority,
      start_date: a.start,
      end_date: a.end,
      responsible_stakeholder_id: MUNICIPALITY_OWNER.id,
      geom: a.geometry,
      cost_sek: a.costSek,
      public: a.public,
      public_text: a.publicText,
      generated: true,
      updated_by: SEED_USER,
      pot_id: a.potId ?? null,
    })),
  );
  // Half the municipality, half the property owners: the common BID split.
  await insertRows(
    ctx.tx,
    'action_financing',
    SEED_ACTIONS.flatMap((a) => [
      { action_id: a.id, position: 0, party: 'Malmö stad', stakeholder_id: MUNICIPALITY_OWNER.id, share: 0.5 },
      { action_id: a.id, position: 1, party: 'Fastighetsägarna i området', stakeholder_id: null, share: 0.5 },
    ]),
  );
  await insertRows(
    ctx.tx,
    'pots',
    SEED_POTS.map((p) => ({
      id: p.id,
      district_id: d.id,
      kind: p.kind,
      year: p.year,
      budget_sek: p.budgetSek,
      updated_by: SEED_USER,
    })),
  );
  await insertRows(ctx.tx, 'business_plans', [{ district_id: d.id, vision: SEED_VISION, updated_by: SEED_USER }]);
  await insertRows(
    ctx.tx,
    'goals',
    SEED_GOALS.map((g) => ({
      id: g.id,
      district_id: d.id,
      title: g.title,
      indicator: g.indicator,
      baseline: g.baseline,
      target: g.target,
      target_date: g.targetDate,
      updated_by: SEED_USER,
    })),
  );
  await insertRows(ctx.tx, 'district_process', [
    { district_id: d.id, start_date: SEED_PROCESS_START, generated: true, updated_by: SEED_USER },
  ]);
  await insertRows(
    ctx.tx,
    'process_ticks',
    SEED_TICKS.map((t) => ({
      district_id: d.id,
      item: t.item,
      done_on: t.doneOn,
      done_by: SEED_USER,
      generated: true,
    })),
  );
  await insertRows(ctx.tx, 'site_walks', [
    {
      id: SEED_WALK.id,
      district_id: d.id,
      title: SEED_WALK.title,
      walked_on: SEED_WALK.walkedOn,
      generated: true,
      created_by: SEED_USER,
    },
  ]);
  await insertRows(
    ctx.tx,
    'observations',
    SEED_OBSERVATIONS.map((o) => ({
      id: o.id,
      district_id: d.id,
      walk_id: SEED_WALK.id,
      focus_area: o.focusArea,
      verdict: o.verdict,
      text: o.text,
      lon: o.lon,
      lat: o.lat,
      generated: true,
      created_by: SEED_USER,
    })),
  );
}

function round1(v: number) {
  return Math.round(v * 10) / 10;
}
