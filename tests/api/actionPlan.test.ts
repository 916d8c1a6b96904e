import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymous, seededAppWithPlanner } from '../support/session';

let ctx: Awaited<ReturnType<typeof seededAppWithPlanner>>;
beforeAll(async () => {
  ctx = await seededAppWithPlanner();
});
afterAll(() => ctx.cleanup());

const DISTRICT = 'district-malmo-city';
const POT = 'pot-malmo-city-2026-investment';
const STORTORGET = { type: 'Point', coordinates: [13.0012, 55.6058] };
const bench = (overrides: Record<string, unknown> = {}) => ({
  title: 'Bänkar vid Stortorget',
  focusArea: 'place',
  status: 'planned',
  start: '2026-12-01',
  end: '2026-12-20',
  costSek: 120_000,
  financing: [
    { party: 'Malmö stad', share: 0.5 },
    { party: 'Fastighetsägarna', share: 0.5 },
  ],
  potId: POT,
  geometry: STORTORGET,
  public: true,
  publicText: 'Nya bänkar på torget i december.',
  ...overrides,
});
const pot = async (id = POT) =>
  (await ctx.planner.get(`/api/pots?districtId=${DISTRICT}`)).body.pots.find((p: { id: string }) => p.id === id);
const actionCount = async () => (await ctx.planner.get(`/api/districts/${DISTRICT}/actions`)).body.actions.length;

describe('the action plan', () => {
  it('shows the public only public actions, in public words, without money', async () => {
    const { body } = await anonymous(ctx.app).get(`/api/districts/${DISTRICT}/actions`);
    expect(body.actions.length).toBeGreaterThan(0);
    for (const a of body.actions) {
      expect(a.publicText).toBeTruthy();
      expect(a).not.toHaveProperty('costSek');
      expect(a).not.toHaveProperty('financing');
      expect(a).not.toHaveProperty('description');
    }
    const all = (await ctx.planner.get(`/api/districts/${DISTRICT}/actions`)).body.actions;
    expect(all.length).toBeGreaterThan(body.actions.length);
  });

  it('creates an action on the square, financed 50/50, and the pot balance drops by its cost', async () => {
    const before = await pot();
    const res = await ctx.planner.send('POST', `/api/districts/${DISTRICT}/actions`, bench());
    expect(res.status).toBe(201);
    expect(res.body.action).toMatchObject({
      title: 'Bänkar vid Stortorget',
      costSek: 120_000,
      geometry: STORTORGET,
      potId: POT,
    });
    expect(res.body.action.financing.map((f: { share: number }) => f.share)).toEqual([0.5, 0.5]);
    expect(res.body.warnings).toEqual([]);
    const after = await pot();
    expect(after.remainingSek).toBe(before.remainingSek - 120_000);
    expect(after.committedSek).toBe(before.committedSek + 120_000);
  });

  it.each([
    [
      'shares that do not make 100 %',
      {
        financing: [
          { party: 'Malmö stad', share: 0.6 },
          { party: 'Fastighetsägarna', share: 0.5 },
        ],
      },
      /100 %/,
    ],
    ['an amount in öre as a float', { costSek: 12_500.5 }, /hela kronor/],
    ['an end before the start', { start: '2026-12-20', end: '2026-12-01' }, /Slutdatum/],
    ['a cost without financing', { financing: [] }, /finansieras/],
    ['an unknown focus area', { focusArea: 'parking' }, /focusArea/],
    ['a public action without public text', { publicText: '' }, /allmänheten/],
  ])('refuses %s with 400 and stores nothing', async (_label, overrides, message) => {
    const before = await actionCount();
    const res = await ctx.planner.send('POST', `/api/districts/${DISTRICT}/actions`, bench(overrides));
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(message);
    expect(await actionCount()).toBe(before);
  });

  it('refuses a place outside the municipality with 422', async () => {
    const res = await ctx.planner.send(
      'POST',
      `/api/districts/${DISTRICT}/actions`,
      bench({ geometry: { type: 'Point', coordinates: [18.07, 59.33] } }),
    );
    expect(res.status).toBe(422);
    expect(res.body.error.details.problem).toBe('outside-extent');
  });

  it('warns, but saves, when an action overspends its pot; cancelling gives the money back', async () => {
    const before = await pot();
    const res = await ctx.planner.send(
      'POST',
      `/api/districts/${DISTRICT}/actions`,
      bench({ title: 'Ny stenläggning', costSek: before.remainingSek + 50_000 }),
    );
    expect(res.status).toBe(201);
    expect(res.body.warnings).toEqual([expect.objectContaining({ code: 'pot-overspent', remainingSek: -50_000 })]);
    expect((await pot()).remainingSek).toBe(-50_000);
    const cancelled = await ctx.planner.send(
      'PUT',
      `/api/districts/${DISTRICT}/actions/${res.body.action.id}`,
      bench({ title: 'Ny stenläggning', costSek: before.remainingSek + 50_000, status: 'cancelled' }),
    );
    expect(cancelled.status).toBe(200);
    expect((await pot()).remainingSek).toBe(before.remainingSek);
  });

  it('exports the plan as CSV for Excel', async () => {
    const res = await ctx.app.request(`/api/districts/${DISTRICT}/actions.csv`, {
      headers: { Cookie: ctx.planner.cookie },
    });
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.slice(3));
    expect(text.split('\r\n')[0]).toBe(
      'Åtgärd;Fokusområde;Status;Prioritet;Start;Slut;Kostnad (kr);Finansiering;Ansvarig;Publik',
    );
    expect(text).toContain(
      'Bänkar vid Stortorget;place;planned;;2026-12-01;2026-12-20;120000;Malmö stad 50 %, Fastighetsägarna 50 %',
    );
  });
});

describe('goals bound to indicators', () => {
  it("computes a vacancy goal's progress from the premises data", async () => {
    const { body: plan } = await anonymous(ctx.app).get(`/api/districts/${DISTRICT}/plan`);
    const { body: summary } = await anonymous(ctx.app).get(`/api/districts/${DISTRICT}/summary`);
    const goal = plan.goals.find((g: { indicator: string }) => g.indicator === 'vacancy-rate');
    expect(goal.current).toBeCloseTo(summary.vacancyRate, 10);
    const expected = Math.max(0, Math.min(1, (summary.vacancyRate - goal.baseline) / (goal.target - goal.baseline)));
    expect(goal.progress).toBeCloseTo(expected, 10);
    expect(plan.vision).toMatch(/Gamla staden/);
  });

  it('lets a planner add a goal; the public cannot', async () => {
    const goal = { title: 'Fler medlemmar', indicator: 'members', baseline: 0, target: 40, targetDate: '2027-12-31' };
    expect((await anonymous(ctx.app).send('POST', `/api/districts/${DISTRICT}/goals`, goal)).status).toBe(401);
    expect(
      (await ctx.planner.send('POST', `/api/districts/${DISTRICT}/goals`, { ...goal, indicator: 'happiness' })).status,
    ).toBe(400);
    expect((await ctx.planner.send('POST', `/api/districts/${DISTRICT}/goals`, goal)).status).toBe(201);
    const { body: plan } = await anonymous(ctx.app).get(`/api/districts/${DISTRICT}/plan`);
    const members = plan.goals.find((g: { title: string }) => g.title === 'Fler medlemmar');
    expect(members.current).toBe(plan.indicators.members);
    expect(members.progress).toBeCloseTo(Math.min(1, plan.indicators.members / 40));
  });
});

describe('progress updates with a photo', () => {
  const PNG = Uint8Array.from(
    Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
      'base64',
    ),
  );
  const post = async (photo: Blob | null, note = 'Bänkarna är på plats.') => {
    const form = new FormData();
    form.set('date', '2026-12-05');
    form.set('note', note);
    if (photo) form.set('photo', photo, 'bild.png');
    const res = await ctx.app.request(`/api/districts/${DISTRICT}/actions/action-stortorget-benches/updates`, {
      method: 'POST',
      body: form,
      headers: { Cookie: ctx.planner.cookie, 'X-CSRF-Token': ctx.planner.csrfToken },
    });
    return { status: res.status, body: await res.json() };
  };

  it('stores a dated note with a real PNG and serves the photo back', async () => {
    const res = await post(new Blob([PNG], { type: 'image/png' }));
    expect(res.status).toBe(201);
    const photo = await ctx.app.request(`/api/action-updates/${res.body.id}/photo`, {
      headers: { Cookie: ctx.planner.cookie },
    });
    expect(photo.headers.get('content-type')).toBe('image/png');
    expect(new Uint8Array(await photo.arrayBuffer())).toEqual(PNG);
  });

  it('refuses a file that only pretends to be an image, and one that is too large', async () => {
    expect((await post(new Blob(['<script>alert(1)</script>'], { type: 'image/png' }))).status).toBe(415);
    expect((await post(new Blob([new Uint8Array(6 * 1024 * 1024)], { type: 'image/png' }))).status).toBe(413);
    const updates = (await ctx.planner.get(`/api/districts/${DISTRICT}/actions/action-stortorget-benches/updates`)).body
      .updates;
    expect(updates).toHaveLength(1);
  });
});

describe('yearly pots', () => {
  it('lets a planner open a pot for a new year and set its budget; one pot per kind and year', async () => {
    const body = { districtId: DISTRICT, kind: 'investment', year: 2028, budgetSek: 1_000_000 };
    expect((await anonymous(ctx.app).send('POST', '/api/pots', body)).status).toBe(401);
    const created = await ctx.planner.send('POST', '/api/pots', body);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      kind: 'investment',
      year: 2028,
      budgetSek: 1_000_000,
      committedSek: 0,
      remainingSek: 1_000_000,
    });
    expect((await ctx.planner.send('POST', '/api/pots', body)).status).toBe(409);
    const changed = await ctx.planner.send('PUT', `/api/pots/${created.body.id}`, { budgetSek: 1_200_000 });
    expect(changed.body.remainingSek).toBe(1_200_000);
    expect((await ctx.planner.send('PUT', `/api/pots/${created.body.id}`, { budgetSek: 99.5 })).status).toBe(400);
  });
});
