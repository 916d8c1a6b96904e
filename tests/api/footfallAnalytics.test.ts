import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededApp } from '../support/seededDb';

let env: Awaited<ReturnType<typeof seededApp>>;
beforeAll(async () => {
  env = await seededApp();
});
afterAll(() => env.cleanup());

type Bucket = { t: string; count: number };
const series = async (id: string, from: string, to: string, interval: string): Promise<Bucket[]> =>
  (await env.get(`/api/footfall/counters/${id}/counts?from=${from}&to=${to}&interval=${interval}`)).body.series;
const sum = (s: Bucket[]) => s.reduce((a, b) => a + b.count, 0);

describe('footfall analytics, checked against the plain hourly series', () => {
  it("averages each local weekday and hour into the week's profile", async () => {
    const { body } = await env.get('/api/footfall/counters/ff-sodergatan/profile?from=2025-03-03&to=2025-03-31');
    const hours = await series('ff-sodergatan', '2025-03-03', '2025-03-31', 'hour');
    // Mondays at noon, computed here from the hourly series (2025-03-03 is a Monday; no DST change in these weeks).
    const mondayNoons = hours.filter(
      (b) => b.t.endsWith('T12:00:00+01:00') && new Date(`${b.t.slice(0, 10)}T12:00:00Z`).getUTCDay() === 1,
    );
    expect(mondayNoons).toHaveLength(4);
    expect(body.average[0][12]).toBeCloseTo(sum(mondayNoons) / 4, 1);
    expect(body.average).toHaveLength(7);
    expect(body.average[5][14]).toBeGreaterThan(body.average[5][4]); // Saturday afternoon beats Saturday 4 am
  });

  it('compares a period with the same dates a year earlier', async () => {
    const { body } = await env.get('/api/footfall/counters/ff-triangeln/yoy?from=2025-06-01&to=2025-07-01');
    const now = sum(await series('ff-triangeln', '2025-06-01', '2025-07-01', 'day'));
    const before = sum(await series('ff-triangeln', '2024-06-01', '2024-07-01', 'day'));
    expect(body.total).toBe(now);
    expect(body.previous.total).toBe(before);
    expect(body.changePercent).toBeCloseTo(Math.round((now / before - 1) * 1000) / 10, 5);
  });

  it('sums the counters inside a district into its series', async () => {
    const { body } = await env.get(
      '/api/districts/district-malmo-city/footfall?from=2025-09-01&to=2025-10-01&interval=week',
    );
    expect(body.counters.length).toBeGreaterThan(1);
    expect(body.counters).not.toContain('ff-triangeln'); // outside the old town
    let expected = 0;
    for (const id of body.counters) expected += sum(await series(id, '2025-09-01', '2025-10-01', 'week'));
    expect(sum(body.series)).toBe(expected);
    expect(body.yearOverYear.total).toBe(expected);
  });

  it('refuses a backwards period and an unknown counter', async () => {
    expect((await env.get('/api/footfall/counters/ff-sodergatan/profile?from=2025-03-31&to=2025-03-01')).status).toBe(
      400,
    );
    expect((await env.get('/api/footfall/counters/nope/yoy?from=2025-03-01&to=2025-03-31')).status).toBe(404);
    expect((await env.get('/api/districts/nope/footfall?from=2025-03-01&to=2025-03-31')).status).toBe(404);
  });
});
