import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededApp } from '../support/seededDb';

let env: Awaited<ReturnType<typeof seededApp>>;
beforeAll(async () => {
  env = await seededApp();
});
afterAll(() => env.cleanup());

describe('aggregate footfall for the public', () => {
  it('sums all counters per full ISO week, as the per-counter series add up', async () => {
    const { body } = await env.get('/api/public/footfall');
    expect(body.weeks).toHaveLength(12);
    const last = body.weeks[body.weeks.length - 1];
    const end = new Date(Date.parse(last.week) + 7 * 86_400_000).toISOString().slice(0, 10);
    const counters = (await env.get('/api/footfall/counters')).body.features;
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
});
