import { insertRows } from '../store/tables';
import { insertDistrict, insertBoundaryVersion } from '../store/districtWrites';
import { SEED_USER, type SeedContext } from './context';
import { MUNICIPALITY_OWNER } from './generators/owners';
import { SEED_OBSERVATIONS, SEED_PROCESS_START, SEED_TICKS, SEED_WALK } from './generators/processAndWalk';
import { SEED_ACTIONS, SEED_DISTRICT, SEED_GOALS, SEED_POTS, SEED_VISION } from './generators/district';
import { count, insertStakeholders } from './generateMissing';

/**
 * The demo's BID district in the default place, with its action plan, pots, vision and goals,
 * its process started and one site walk: all generated, so the tabs have something to show.
 */
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
