import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLANNER, seededAppWithPlanner } from '../support/session';

/**
 * Two planners (here twenty requests) saving the same thing at once: no answer is a 500, and
 * what is stored afterwards is one of the saves that were acknowledged.
 */
let ctx: Awaited<ReturnType<typeof seededAppWithPlanner>>;
beforeAll(async () => {
  ctx = await seededAppWithPlanner();
});
afterAll(() => ctx.cleanup());

const D = 'district-malmo-city';
const POT = 'pot-malmo-city-2026-investment';
const N = 20;
const square = (i: number) => ({
  type: 'Polygon',
  coordinates: [
    [
      [12.996, 55.602],
      [13.004 + i * 0.0001, 55.602],
      [13.004 + i * 0.0001, 55.607],
      [12.996, 55.607],
      [12.996, 55.602],
    ],
  ],
});
const action = (i: number) => ({
  title: `Bänkar vid Stortorget, förslag ${i}`,
  focusArea: 'place',
  status: 'planned',
  start: '2026-12-01',
  end: '2026-12-20',
  costSek: 100_000 + i,
  financing: [{ party: 'Malmö stad', share: 1 }],
  potId: POT,
  geometry: { type: 'Point', coordinates: [13.0012, 55.6058] },
  public: false,
});

/** Fires N saves at once; every answer must be 2xx or 409; returns which ones were acknowledged. */
async function race(save: (i: number) => Promise<{ status: number }>) {
  const answers = await Promise.all(Array.from({ length: N }, (_, i) => save(i)));
  const statuses = answers.map((a) => a.status);
  expect(
    statuses.filter((s) => !(s < 300 || s === 409)),
    JSON.stringify(statuses),
  ).toEqual([]);
  return statuses.flatMap((s, i) => (s < 300 ? [i] : []));
}

describe('twenty saves of the same thing at once', () => {
  it('the vision', async () => {
    const ok = await race((i) => ctx.planner.send('PUT', `/api/districts/${D}/plan/vision`, { vision: `Vision ${i}` }));
    const stored = (await ctx.planner.get(`/api/districts/${D}/plan`)).body.vision;
    expect(ok.map((i) => `Vision ${i}`)).toContain(stored);
  });

  it('the boundary: one version per save, none lost', async () => {
    const before = (await ctx.planner.get(`/api/districts/${D}/versions`)).body.features.length;
    const ok = await race((i) => ctx.planner.send('PUT', `/api/districts/${D}/boundary`, { geometry: square(i) }));
    const versions = (await ctx.planner.get(`/api/districts/${D}/versions`)).body.features;
    expect(versions.length).toBe(before + ok.length);
  });

  it('a pot’s budget', async () => {
    const ok = await race((i) => ctx.planner.send('PUT', `/api/pots/${POT}`, { budgetSek: 1_000_000 + i }));
    const pots = (await ctx.planner.get(`/api/pots?districtId=${D}`)).body.pots as { id: string; budgetSek: number }[];
    expect(ok.map((i) => 1_000_000 + i)).toContain(pots.find((p) => p.id === POT)!.budgetSek);
  });

  it('an action', async () => {
    const created = await ctx.planner.send('POST', `/api/districts/${D}/actions`, action(0));
    expect(created.status).toBe(201);
    const id = created.body.action.id;
    const ok = await race((i) => ctx.planner.send('PUT', `/api/districts/${D}/actions/${id}`, action(i)));
    const stored = (await ctx.planner.get(`/api/districts/${D}/actions`)).body.actions.find(
      (a: { id: string }) => a.id === id,
    );
    expect(ok.map((i) => 100_000 + i)).toContain(stored.costSek);
  });

  it('a stakeholder’s engagement step', async () => {
    const steps = ['identified', 'contacted', 'letter-of-intent', 'member', 'steering-group'];
    const ok = await race((i) =>
      ctx.planner.send('PATCH', '/api/stakeholders/sh-malmo-stad', { engagementStep: steps[i % steps.length] }),
    );
    const stored = (await ctx.planner.get('/api/stakeholders/sh-malmo-stad')).body.engagementStep;
    expect(ok.map((i) => steps[i % steps.length])).toContain(stored);
  });

  it('the owners’ action distance and a listing', async () => {
    const ok = await race((i) => ctx.planner.send('PUT', '/api/settings/owner-action-distance', { meters: 100 + i }));
    const meters = (await ctx.planner.get('/api/settings/owner-action-distance')).body.meters;
    expect(ok.map((i) => 100 + i)).toContain(meters);

    const { bbox } = (await ctx.get('/api/config?place=malmo-centrum')).body.centre;
    const vacant = (await ctx.get(`/api/premises?bbox=${bbox.join(',')}&status=vacant`)).body.features[0];
    const listed = await race((i) =>
      ctx.planner.send('PUT', `/api/me/premises/${vacant.id}/listing`, {
        text: `Annons ${i}`,
        contact: 'Centrumkontoret',
      }),
    );
    const offers = (await ctx.get('/api/public/vacancies?place=malmo-centrum')).body.vacancies as {
      id: string;
      offer: string;
    }[];
    expect(listed.map((i) => `Annons ${i}`)).toContain(offers.find((v) => v.id === vacant.id)!.offer);
  });
});

describe('twenty saves of the process and the register at once', () => {
  it('the process start date and a checklist item', async () => {
    const dates = Array.from({ length: N }, (_, i) => `2025-0${1 + (i % 9)}-1${i % 10}`);
    const ok = await race((i) => ctx.planner.send('PUT', `/api/districts/${D}/process`, { startDate: dates[i] }));
    const process = (await ctx.planner.get(`/api/districts/${D}/process`)).body;
    expect(ok.map((i) => dates[i])).toContain(process.startDate);

    const item = process.steps[0].checklist[0].item;
    const ticks = await race((i) =>
      ctx.planner.send('PUT', `/api/districts/${D}/process/checklist/${item}`, { done: i % 2 === 0 }),
    );
    const stored = (await ctx.planner.get(`/api/districts/${D}/process`)).body.steps[0].checklist[0].done;
    expect(ticks.map((i) => i % 2 === 0)).toContain(stored);
  });

  it('an owner’s share of a parcel', async () => {
    const parcel = (await ctx.planner.get('/api/stakeholders/sh-malmo-stad')).body.parcels[0];
    const ok = await race((i) =>
      ctx.planner.send('PUT', `/api/stakeholders/sh-malmo-stad/parcels/${parcel.id}`, { share: (i + 1) / 40 }),
    );
    const stored = (await ctx.planner.get('/api/stakeholders/sh-malmo-stad')).body.parcels.find(
      (p: { id: string }) => p.id === parcel.id,
    ).share;
    expect(ok.map((i) => (i + 1) / 40)).toContain(stored);
  });
});

/**
 * The same twenty saves, each naming the version it was based on (`If-Match`), as planners'
 * forms do: the first wins, every other one is a 409 naming who changed what, and the stored
 * row is the winner's.
 */
async function raceOnVersion(version: number, save: (i: number, ifMatch: Record<string, string>) => Promise<Answer>) {
  const answers = await Promise.all(Array.from({ length: N }, (_, i) => save(i, { 'If-Match': `"${version}"` })));
  const statuses = answers.map((a) => a.status);
  expect(
    statuses.filter((s) => s < 300),
    JSON.stringify(statuses),
  ).toHaveLength(1);
  expect(statuses.filter((s) => s === 409)).toHaveLength(N - 1);
  const refused = answers.find((a) => a.status === 409)!;
  expect(refused.body.error.code).toBe('edit_conflict');
  expect(refused.body.error.message).toContain(PLANNER.name);
  expect(refused.body.error.details).toMatchObject({ changedBy: PLANNER.name, currentVersion: version + 1 });
  return statuses.findIndex((s) => s < 300);
}
type Answer = { status: number; body: any };

describe('twenty saves based on the same version', () => {
  it('the vision', async () => {
    const { visionVersion } = (await ctx.planner.get(`/api/districts/${D}/plan`)).body;
    const won = await raceOnVersion(visionVersion, (i, h) =>
      ctx.planner.send('PUT', `/api/districts/${D}/plan/vision`, { vision: `Ny vision ${i}` }, h),
    );
    expect((await ctx.planner.get(`/api/districts/${D}/plan`)).body.vision).toBe(`Ny vision ${won}`);
  });

  it('the boundary', async () => {
    const versions = (await ctx.planner.get(`/api/districts/${D}/versions`)).body.features;
    const current = Math.max(...versions.map((f: { properties: { version: number } }) => f.properties.version));
    await raceOnVersion(current, (i, h) =>
      ctx.planner.send('PUT', `/api/districts/${D}/boundary`, { geometry: square(i) }, h),
    );
    const after = (await ctx.planner.get(`/api/districts/${D}/versions`)).body.features;
    expect(after.length).toBe(versions.length + 1);
  });

  it('a pot’s budget', async () => {
    const pot = () =>
      ctx.planner.get(`/api/pots?districtId=${D}`).then((r) => r.body.pots.find((p: { id: string }) => p.id === POT));
    const won = await raceOnVersion((await pot()).version, (i, h) =>
      ctx.planner.send('PUT', `/api/pots/${POT}`, { budgetSek: 2_000_000 + i }, h),
    );
    expect((await pot()).budgetSek).toBe(2_000_000 + won);
  });

  it('an action, and the 409 names the fields that changed', async () => {
    const created = (await ctx.planner.send('POST', `/api/districts/${D}/actions`, action(0))).body.action;
    const won = await raceOnVersion(created.version, (i, h) =>
      ctx.planner.send('PUT', `/api/districts/${D}/actions/${created.id}`, action(i + 1), h),
    );
    const stored = (await ctx.planner.get(`/api/districts/${D}/actions`)).body.actions.find(
      (a: { id: string }) => a.id === created.id,
    );
    expect(stored.costSek).toBe(100_000 + won + 1);
    const late = await ctx.planner.send('PUT', `/api/districts/${D}/actions/${created.id}`, action(99), {
      'If-Match': `"${created.version}"`,
    });
    expect(late.status).toBe(409);
    expect(late.body.error.details.fields).toEqual(expect.arrayContaining(['title', 'costSek']));
    // Saved on the version it now has, the same change goes through.
    const retried = await ctx.planner.send('PUT', `/api/districts/${D}/actions/${created.id}`, action(99), {
      'If-Match': `"${stored.version}"`,
    });
    expect(retried.status).toBe(200);
    expect(retried.body.action.version).toBe(stored.version + 1);
  });

  it('a stakeholder', async () => {
    const before = (await ctx.planner.get('/api/stakeholders/sh-malmo-stad')).body;
    const steps = ['identified', 'contacted', 'letter-of-intent', 'member', 'steering-group'];
    const won = await raceOnVersion(before.version, (i, h) =>
      ctx.planner.send('PATCH', '/api/stakeholders/sh-malmo-stad', { engagementStep: steps[i % steps.length] }, h),
    );
    expect((await ctx.planner.get('/api/stakeholders/sh-malmo-stad')).body.engagementStep).toBe(
      steps[won % steps.length],
    );
  });

  it('the owners’ action distance', async () => {
    const { version } = (await ctx.planner.get('/api/settings/owner-action-distance')).body;
    const won = await raceOnVersion(version, (i, h) =>
      ctx.planner.send('PUT', '/api/settings/owner-action-distance', { meters: 300 + i }, h),
    );
    expect((await ctx.planner.get('/api/settings/owner-action-distance')).body.meters).toBe(300 + won);
  });

  it('a listing', async () => {
    const { bbox } = (await ctx.get('/api/config?place=malmo-centrum')).body.centre;
    const vacant = (await ctx.get(`/api/premises?bbox=${bbox.join(',')}&status=vacant`)).body.features[1];
    const path = `/api/me/premises/${vacant.id}/listing`;
    const first = await ctx.planner.send('PUT', path, { text: 'Första annonsen', contact: 'Centrumkontoret' });
    expect(first.status).toBe(200);
    const won = await raceOnVersion(first.body.version, (i, h) =>
      ctx.planner.send('PUT', path, { text: `Annons ${i}`, contact: 'Centrumkontoret' }, h),
    );
    const offers = (await ctx.get('/api/public/vacancies?place=malmo-centrum')).body.vacancies as {
      id: string;
      offer: string;
    }[];
    expect(offers.find((v) => v.id === vacant.id)!.offer).toBe(`Annons ${won}`);
  });

  it('an If-Match that is not a version is a 400, and changes nothing', async () => {
    const before = (await ctx.planner.get(`/api/districts/${D}/plan`)).body.vision;
    const res = await ctx.planner.send(
      'PUT',
      `/api/districts/${D}/plan/vision`,
      { vision: 'Annan' },
      { 'If-Match': 'abc' },
    );
    expect(res.status).toBe(400);
    expect((await ctx.planner.get(`/api/districts/${D}/plan`)).body.vision).toBe(before);
  });
});
