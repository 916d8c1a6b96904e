import { insertRows } from '../store/tables';
import { insertDistrict, insertBoundaryVersion } from '../store/districtWrites';
import { SEED_USER, type SeedContext } from './context';
import type { GeneratedStakeholder } from './generators/owners';
import { SEED_PROCESS_START, SEED_TICKS } from './generators/processAndWalk';
import type { DemoDistrict } from './generators/demoDistrict';
import { generateTurnoverIndex } from './generators/turnoverIndex';
import { insertStakeholders } from './generateMissing';

/**
 * A demo BID district in a place, with its action plan, pots, vision and goals, its process
 * started, one site walk and the turnover index of its zones: all generated, so the tabs have
 * something to show.
 */
export async function generateDemoDistrict(
  ctx: SeedContext,
  demo: DemoDistrict,
  { municipalityCode, municipality }: { municipalityCode: string; municipality: GeneratedStakeholder },
): Promise<void> {
  const d = demo.district;
  // The actions' responsible party (kept as it is when the seed generated it as a parcel owner).
  await insertStakeholders(ctx, [municipality]);
  await insertDistrict(ctx.tx, { id: d.id, name: d.name, type: d.type, municipalityCode, generated: true }, SEED_USER);
  await insertBoundaryVersion(ctx.tx, d.id, 1, d.geometry, d.note, SEED_USER);
  await insertRows(
    ctx.tx,
    'actions',
    demo.actions.map((a) => ({
      id: a.id,
      district_id: d.id,
      title: a.title,
      description: a.description,
      focus_area: a.focusArea,
      status: a.status,
      priority: a.priority,
      start_date: a.start,
      end_date: a.end,
      responsible_stakeholder_id: municipality.id,
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
    demo.actions.flatMap((a) => [
      { action_id: a.id, position: 0, party: demo.municipalityParty, stakeholder_id: municipality.id, share: 0.5 },
      { action_id: a.id, position: 1, party: 'Fastighetsägarna i området', stakeholder_id: null, share: 0.5 },
    ]),
  );
  await insertRows(
    ctx.tx,
    'pots',
    demo.pots.map((p) => ({
      id: p.id,
      district_id: d.id,
      kind: p.kind,
      year: p.year,
      budget_sek: p.budgetSek,
      updated_by: SEED_USER,
    })),
  );
  await insertRows(ctx.tx, 'business_plans', [{ district_id: d.id, vision: demo.vision, updated_by: SEED_USER }]);
  await insertRows(
    ctx.tx,
    'goals',
    demo.goals.map((g) => ({
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
      id: demo.walk.id,
      district_id: d.id,
      title: demo.walk.title,
      walked_on: demo.walk.walkedOn,
      generated: true,
      created_by: SEED_USER,
    },
  ]);
  await insertRows(
    ctx.tx,
    'observations',
    demo.observations.map((o) => ({
      id: o.id,
      district_id: d.id,
      walk_id: demo.walk.id,
      focus_area: o.focusArea,
      verdict: o.verdict,
      text: o.text,
      lon: o.lon,
      lat: o.lat,
      generated: true,
      created_by: SEED_USER,
    })),
  );
  await generateIndexZones(ctx, demo.indexZones);
}

async function generateIndexZones(ctx: SeedContext, zones: DemoDistrict['indexZones']): Promise<void> {
  await insertRows(
    ctx.tx,
    'index_zones',
    zones.map((z) => ({ id: z.id, name: z.name, geom: z.geometry, generated: true })),
  );
  const { from, to } = ctx.recipe.generate.turnoverIndex;
  await insertRows(
    ctx.tx,
    'index_values',
    generateTurnoverIndex(ctx.random, from, to, zones).map((r) => ({
      zone_id: r.zoneId,
      series: 'turnover',
      period: r.period,
      value: r.value,
      generated: true,
    })),
  );
}
