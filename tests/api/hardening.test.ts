import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededAppWithPlanner } from '../support/session';

/** What an attacker or a broken client sends is refused at the edge; what is personal is never cached. */
let ctx: Awaited<ReturnType<typeof seededAppWithPlanner>>;
beforeAll(async () => {
  ctx = await seededAppWithPlanner();
});
afterAll(() => ctx.cleanup());

const square = {
  type: 'Polygon',
  coordinates: [
    [
      [13.0, 55.604],
      [13.002, 55.604],
      [13.002, 55.605],
      [13.0, 55.605],
      [13.0, 55.604],
    ],
  ],
};

describe('text at the edge', () => {
  it('refuses a NUL byte and a lone surrogate in any text field with a 400, storing nothing', async () => {
    const before = (await ctx.get('/api/districts')).body.features.length;
    for (const name of ['Gamla\u0000staden', 'Gamla \ud800staden', 'Gamla \udc00staden']) {
      const res = await ctx.planner.send('POST', '/api/districts', { name, type: 'city-centre', geometry: square });
      expect(res.status, JSON.stringify(name)).toBe(400);
      expect(res.body.error.details[0].field).toBe('name');
    }
    const action = await ctx.planner.send('POST', '/api/districts/district-malmo-city/goals', {
      title: 'Mål \ud83d',
      indicator: 'members',
      baseline: 1,
      target: 2,
      targetDate: '2027-01-01',
    });
    expect(action.status).toBe(400);
    expect((await ctx.get('/api/districts')).body.features.length).toBe(before);
  });

  it('takes ordinary Swedish text and emoji as they are', async () => {
    const res = await ctx.planner.send('POST', '/api/districts', {
      name: 'Åhléns hörna 🛍️',
      type: 'city-centre',
      geometry: square,
    });
    expect(res.status).toBe(201);
  });
});

describe('headers', () => {
  it('never lets a browser keep the stakeholder register or its CSV', async () => {
    expect((await ctx.planner.get('/api/stakeholders')).headers.get('cache-control')).toBe('no-store');
    expect((await ctx.planner.get('/api/stakeholders/sh-company-1')).headers.get('cache-control')).toBe('no-store');
    const csv = await ctx.planner.get('/api/districts/district-malmo-city/stakeholders.csv');
    expect(csv.headers.get('cache-control')).toBe('no-store');
  });

  it('allows the device only what the site walk needs', async () => {
    const policy = (await ctx.get('/api/health')).headers.get('permissions-policy');
    expect(policy).toContain('geolocation=(self)');
    expect(policy).toContain('camera=()');
  });
});
