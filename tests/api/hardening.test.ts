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

describe('body limits on every route', () => {
  it('refuses a JSON body over 2 MB with a 413 before reading it all, and takes a large valid one', async () => {
    const huge = JSON.stringify({ email: 'a@b.example', password: 'x'.repeat(3 * 1024 * 1024) });
    const res = await ctx.app.request('/api/auth/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: huge,
    });
    expect(res.status).toBe(413);
    expect((await res.json()).error.message).toContain('högst 2 MB');
    // A 1.5 MB body is read and judged on its content (here: an unknown district).
    const padded = await ctx.planner.send('PUT', '/api/districts/no-such/boundary', {
      geometry: square,
      note: 'x'.repeat(1024 * 1024 + 512 * 1024),
    });
    expect(padded.status).not.toBe(413);
  });

  it('refuses a form over 25 MB on a photo route', async () => {
    const form = new FormData();
    form.set('photo', new Blob([new Uint8Array(26 * 1024 * 1024)], { type: 'image/jpeg' }), 'big.jpg');
    const res = await ctx.app.request('/api/districts/district-malmo-city/observations', {
      method: 'POST',
      headers: { Cookie: ctx.planner.cookie, 'X-CSRF-Token': ctx.planner.csrfToken },
      body: form,
    });
    expect(res.status).toBe(413);
  });
});

describe('public answers from the cache', () => {
  const VACANCIES = '/api/public/vacancies?place=stockholm-city';

  it('answers a repeat with the same ETag, a browser that has it with 304, and a write with fresh data', async () => {
    const first = await ctx.app.request(VACANCIES);
    const etag = first.headers.get('ETag')!;
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(first.headers.get('Cache-Control')).toBe('public, no-cache');
    const before = (await first.json()).vacancies as { id: string }[];
    expect((await ctx.app.request(VACANCIES)).headers.get('ETag')).toBe(etag);
    const again = await ctx.app.request(VACANCIES, { headers: { 'If-None-Match': etag } });
    expect(again.status).toBe(304);

    // A planner lists one more vacant premises on the owner's behalf: the next reader sees it.
    const { bbox } = (await ctx.get('/api/config?place=stockholm-city')).body.centre;
    const vacant = (await ctx.planner.get(`/api/premises?bbox=${bbox.join(',')}&status=vacant`)).body.features as {
      id: string;
    }[];
    const unlisted = vacant.find((p) => !before.some((v) => v.id === p.id))!;
    const listed = await ctx.planner.send('PUT', `/api/me/premises/${unlisted.id}/listing`, {
      text: 'Hörnlokal med skyltfönster.',
      contact: 'Centrumkontoret',
    });
    expect(listed.status).toBe(200);
    const after = await ctx.app.request(VACANCIES, { headers: { 'If-None-Match': etag } });
    expect(after.status).toBe(200);
    expect(after.headers.get('ETag')).not.toBe(etag);
    expect(((await after.json()).vacancies as { id: string }[]).map((v) => v.id)).toContain(unlisted.id);
  });
});

describe('boundaries checked as a GIS would, through the API', () => {
  const ring = (w: number, s: number, e: number, n: number) => [
    [w, s],
    [e, s],
    [e, n],
    [w, n],
    [w, s],
  ];
  it('refuses a hole outside its shell, overlapping parts and 20 000 vertices with 422, storing nothing', async () => {
    const versions = async () =>
      (await ctx.planner.get('/api/districts/district-malmo-city/versions')).body.features.length;
    const before = await versions();
    const cases: [unknown, string][] = [
      [
        { type: 'Polygon', coordinates: [ring(13.0, 55.602, 13.004, 55.606), ring(13.01, 55.61, 13.011, 55.611)] },
        'hole-outside',
      ],
      [
        {
          type: 'MultiPolygon',
          coordinates: [[ring(13.0, 55.602, 13.004, 55.606)], [ring(13.001, 55.603, 13.002, 55.604)]],
        },
        'overlapping-parts',
      ],
      [
        {
          type: 'Polygon',
          coordinates: [
            Array.from({ length: 20_000 }, (_, i) => [
              13.002 + 0.002 * Math.cos((2 * Math.PI * i) / 20_000),
              55.604 + 0.001 * Math.sin((2 * Math.PI * i) / 20_000),
            ]),
          ],
        },
        'too-many-points',
      ],
    ];
    for (const [geometry, problem] of cases) {
      const res = await ctx.planner.send('PUT', '/api/districts/district-malmo-city/boundary', { geometry });
      expect(res.status, problem).toBe(422);
      expect(res.body.error.details.problem).toBe(problem);
    }
    expect(await versions()).toBe(before);
  });
  it('answers 20 000 vertices within a second, and /api/health within 200 ms meanwhile, as for the largest boundary it takes', async () => {
    const circle = (n: number) => ({
      type: 'Polygon',
      coordinates: [
        Array.from({ length: n + 1 }, (_, i) => [
          13.002 + 0.002 * Math.cos((2 * Math.PI * (i % n)) / n),
          55.604 + 0.001 * Math.sin((2 * Math.PI * (i % n)) / n),
        ]),
      ],
    });
    for (const [vertices, status] of [
      [20_000, 422],
      [9_999, 201],
    ] as const) {
      // Health is asked every 10 ms while the save is checked; each answer is timed on its own.
      const healthTimes: number[] = [];
      let saving = true;
      const probe = (async () => {
        while (saving) {
          const started = performance.now();
          expect((await ctx.app.request('/api/health')).status).toBe(200);
          healthTimes.push(performance.now() - started);
          await new Promise((r) => setTimeout(r, 10));
        }
      })();
      const started = performance.now();
      const res = await ctx.planner.send('PUT', '/api/districts/district-malmo-city/boundary', {
        geometry: circle(vertices),
      });
      const ms = performance.now() - started;
      saving = false;
      await probe;
      expect(res.status, `${vertices}: ${res.text.slice(0, 200)}`).toBe(status);
      expect(ms, `${vertices} vertices`).toBeLessThan(1000);
      expect(healthTimes.length).toBeGreaterThan(0);
      // Reading the 20 000-vertex body itself holds the event loop: the first answer took 107 ms
      // (the rest 0–3) on a CI machine busy with the browser tests too. What this guards against
      // is a check holding the loop for longer than reading the body does.
      expect(Math.max(...healthTimes), `${vertices} vertices: ${healthTimes.map(Math.round)}`).toBeLessThan(200);
    }
  });
});
