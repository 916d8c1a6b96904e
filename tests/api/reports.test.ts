import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymous, seededAppWithPlanner } from '../support/session';

let ctx: Awaited<ReturnType<typeof seededAppWithPlanner>>;
beforeAll(async () => {
  ctx = await seededAppWithPlanner();
});
afterAll(() => ctx.cleanup());

const D = '/api/districts/district-malmo-city';

describe('the current-state analysis', () => {
  it("gathers the district's figures, each equal to what its own endpoint says", async () => {
    const { status, body: report } = await ctx.planner.get(`${D}/reports/current-state`);
    expect(status).toBe(200);
    const summary = (await ctx.planner.get(`${D}/summary`)).body;
    expect(report.district.name).toBe('Malmö City – Gamla staden');
    expect(report.parcels).toMatchObject({ count: summary.parcels, owners: summary.owners });
    expect(report.premises).toMatchObject({ count: summary.premises, vacant: summary.vacantPremises });
    const byKind = Object.values(report.premises.byKind as Record<string, { total: number }>).reduce(
      (s, k) => s + k.total,
      0,
    );
    expect(byKind).toBe(summary.premises);

    const { from, to } = report.period;
    const vacancy = (await ctx.planner.get(`${D}/vacancy?from=${from}&to=${to}`)).body.series;
    expect(report.vacancy.monthly).toHaveLength(24);
    expect(report.vacancy.latest.rate).toBe(vacancy[23].rate);
    expect(report.vacancy.yearAgo.rate).toBe(vacancy[11].rate);

    const footfall = (
      await ctx.planner.get(`${D}/footfall?from=${report.footfall.last12Months.from}&to=${to}&interval=month`)
    ).body;
    expect(report.footfall.last12Months.total).toBe(
      footfall.series.reduce((s: number, b: { count: number }) => s + b.count, 0),
    );
    expect(report.footfall.last12Months.changePercent).toBe(footfall.yearOverYear.changePercent);

    const observations = (await ctx.planner.get(`${D}/observations`)).body.features as {
      properties: { focusArea: string; verdict: string };
    }[];
    expect(report.observations.total).toBe(observations.length);
    for (const row of report.observations.byFocusArea) {
      expect(row.problem).toBe(
        observations.filter((o) => o.properties.focusArea === row.focusArea && o.properties.verdict === 'problem')
          .length,
      );
    }
  });
});

describe('the yearly report to the board', () => {
  it('counts the actions done in the year and their money per pot and party', async () => {
    const { status, body: report } = await ctx.planner.get(`${D}/reports/yearly?year=2026`);
    expect(status).toBe(200);
    const actions = (await ctx.planner.get(`${D}/actions`)).body.actions as {
      id: string;
      status: string;
      end: string | null;
      costSek: number;
    }[];
    const done = actions.filter((a) => a.status === 'done' && a.end !== null && a.end.startsWith('2026'));
    expect(done.length).toBeGreaterThan(0);
    expect(report.actionsDone.map((a: { id: string }) => a.id).sort()).toEqual(done.map((a) => a.id).sort());
    expect(report.money.totalSek).toBe(done.reduce((s, a) => s + a.costSek, 0));
    const partySum = report.money.byParty.reduce((s: number, p: { sek: number }) => s + p.sek, 0);
    expect(Math.abs(partySum - report.money.totalSek)).toBeLessThanOrEqual(done.length); // rounding per action
    expect(report.goals.length).toBeGreaterThan(0);
    const fig = report.keyFigures.footfall;
    const yoy = (await ctx.planner.get(`${D}/footfall?from=${fig.from}&to=${fig.to}&interval=month`)).body.yearOverYear;
    expect(fig.value).toBe(yoy.total);
    expect(fig.lastYear).toBe(yoy.previous.total);
  });

  it('is for planners, and a PDF needs the running server', async () => {
    expect((await anonymous(ctx.app).get(`${D}/reports/current-state`)).status).toBe(401);
    expect((await ctx.planner.get(`${D}/reports/yearly?year=1066`)).status).toBe(400);
    const future = await ctx.planner.get(`${D}/reports/yearly?year=2031`);
    expect(future.status).toBe(400);
    expect(future.body.error.message).toMatch(/inga data för 2031/);
    expect((await ctx.planner.get('/api/districts/nowhere/reports/current-state')).status).toBe(404);
  });
});
