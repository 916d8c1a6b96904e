import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededApp } from '../support/seededDb';

let env: Awaited<ReturnType<typeof seededApp>>;
beforeAll(async () => {
  env = await seededApp();
});
afterAll(() => env.cleanup());

describe('aggregate footfall for the public', () => {
  it("sums the place's counters per full ISO week, as the per-counter series add up", async () => {
    const { body } = await env.get('/api/public/footfall?place=malmo-centrum');
    expect(body.weeks).toHaveLength(12);
    const last = body.weeks[body.weeks.length - 1];
    const end = new Date(Date.parse(last.week) + 7 * 86_400_000).toISOString().slice(0, 10);
    const counters = (await env.get('/api/footfall/counters?place=malmo-centrum')).body.features;
    expect(counters.length).toBe(8);
    let total = 0;
    for (const c of counters) {
      const { body: s } = await env.get(
        `/api/footfall/counters/${c.id}/counts?from=${last.week}&to=${end}&interval=week`,
      );
      total += s.series.reduce((sum: number, b: { count: number }) => sum + b.count, 0);
    }
    expect(last.count).toBe(total);
    expect(last.week).toBe(counters[0].properties.lastWeekStart);
  });

  it("counts only a place's own counters: Stockholm City's five at its squares", async () => {
    const counters = (await env.get('/api/footfall/counters?place=stockholm-city')).body.features;
    expect(counters.map((c: { properties: { name: string } }) => c.properties.name).sort()).toEqual([
      'Biblioteksgatan',
      'Hötorget',
      'Kungsgatan',
      'Stureplan',
      'Östermalmstorg',
    ]);
    const weeks = (await env.get('/api/public/footfall?place=stockholm-city')).body.weeks;
    const last = weeks[weeks.length - 1];
    const sum = counters.reduce(
      (s: number, c: { properties: { lastWeekCount: number } }) => s + c.properties.lastWeekCount,
      0,
    );
    expect(last.count).toBe(sum);
  });
});
