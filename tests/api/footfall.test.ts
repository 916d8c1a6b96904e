import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectErrorShape, seededApp } from '../support/seededDb';

let env: Awaited<ReturnType<typeof seededApp>>;
beforeAll(async () => {
  env = await seededApp();
});
afterAll(() => env.cleanup());

type Bucket = { t: string; count: number };
const counts = async (id: string, from: string, to: string, interval: string) => {
  const res = await env.get(`/api/footfall/counters/${id}/counts?from=${from}&to=${to}&interval=${interval}`);
  expect(res.status).toBe(200);
  return res.body.series as Bucket[];
};
const sum = (series: Bucket[]) => series.reduce((s, b) => s + b.count, 0);

describe('footfall counters', () => {
  it('lists at least six counters, each sized by last full week', async () => {
    const { status, body } = await env.get('/api/footfall/counters');
    expect(status).toBe(200);
    expect(body.features.length).toBeGreaterThanOrEqual(6);
    const week = body.lastWeekStart as string;
    expect(new Date(`${week}T12:00:00Z`).getUTCDay()).toBe(1); // a Monday
    // The figure on the map is the week's hourly counts, summed independently here.
    const counter = body.features[0];
    const end = new Date(Date.parse(week) + 7 * 86_400_000).toISOString().slice(0, 10);
    expect(counter.properties.lastWeekCount).toBe(sum(await counts(counter.id, week, end, 'hour')));
    expect(counter.properties.lastWeekCount).toBeGreaterThan(0);
  });

  it("gives every counter's weekly sums in one table for the map to play through", async () => {
    const { status, body } = await env.get('/api/footfall/weekly?from=2025-03-03&to=2025-04-07');
    expect(status).toBe(200);
    expect(body.weeks).toEqual(['2025-03-03', '2025-03-10', '2025-03-17', '2025-03-24', '2025-03-31']);
    const { body: all } = await env.get('/api/footfall/counters');
    expect(body.counters.map((c: { id: string }) => c.id).sort()).toEqual(
      all.features.map((f: { id: string }) => f.id).sort(),
    );
    const one = body.counters[0];
    const hours = await counts(one.id, '2025-03-24', '2025-03-31', 'hour'); // spans the switch to summer time
    expect(one.counts[3]).toBe(sum(hours));
    expect((await env.get('/api/footfall/weekly?from=2015-01-01&to=2025-01-01')).status).toBe(400);
  });
});

describe('hourly counts in Stockholm local time', () => {
  const id = 'ff-stortorget';

  it('covers 2024-01-01 to 2025-12-31 at least', async () => {
    const months = await counts(id, '2024-01-01', '2026-01-01', 'month');
    expect(months).toHaveLength(24);
    expect(months[0].t).toBe('2024-01-01T00:00:00+01:00');
    expect(months[23].t).toBe('2025-12-01T00:00:00+01:00');
  });

  it('has 23 hours on the spring DST day and 25 on the autumn one', async () => {
    const spring = await counts(id, '2024-03-31', '2024-04-01', 'hour');
    const autumn = await counts(id, '2024-10-27', '2024-10-28', 'hour');
    expect(spring).toHaveLength(23);
    expect(autumn).toHaveLength(25);
    expect(spring[0].t).toBe('2024-03-31T00:00:00+01:00');
    expect(spring[2].t).toBe('2024-03-31T03:00:00+02:00');
    expect(autumn.filter((b) => b.t.startsWith('2024-10-27T02:00'))).toHaveLength(2);
  });

  it('sums hours into days, days into ISO weeks and months', async () => {
    const hours = await counts(id, '2024-06-03', '2024-06-10', 'hour');
    const days = await counts(id, '2024-06-03', '2024-06-10', 'day');
    const weeks = await counts(id, '2024-06-03', '2024-06-10', 'week');
    expect(days).toHaveLength(7);
    expect(days[0]).toEqual({ t: '2024-06-03T00:00:00+02:00', count: sum(hours.slice(0, 24)) });
    expect(sum(days)).toBe(sum(hours));
    expect(weeks).toEqual([{ t: '2024-06-03T00:00:00+02:00', count: sum(hours) }]);
  });

  it('starts weeks on Monday even when the range starts mid-week', async () => {
    const weeks = await counts(id, '2024-01-03', '2024-01-31', 'week');
    const weekdayOfLocalDate = (t: string) => new Date(`${t.slice(0, 10)}T12:00:00Z`).getUTCDay();
    expect(weeks.map((w) => weekdayOfLocalDate(w.t))).toEqual(weeks.map(() => 1));
    expect(weeks[0].t).toBe('2024-01-01T00:00:00+01:00'); // the ISO week holding 3 January
  });

  it('treats from as inclusive and to as exclusive', async () => {
    const oneDay = await counts(id, '2025-05-14', '2025-05-15', 'day');
    expect(oneDay).toHaveLength(1);
    expect(oneDay[0].t).toBe('2025-05-14T00:00:00+02:00');
  });

  it('has the shape of real footfall: busy lunchtimes, quiet nights, a December peak', async () => {
    const year = await counts(id, '2025-01-01', '2026-01-01', 'hour');
    const byHour = new Array(24).fill(0);
    for (const b of year) byHour[Number(b.t.slice(11, 13))] += b.count;
    expect(byHour[12]).toBeGreaterThan(byHour[3] * 10);
    const months = await counts(id, '2025-01-01', '2026-01-01', 'month');
    const december = months[11].count / 31;
    const february = months[1].count / 28;
    expect(december).toBeGreaterThan(february * 1.2);
  });
});

describe('bad footfall requests', () => {
  const cases: [string, number][] = [
    ['/api/footfall/counters/ff-stortorget/counts?from=2024-03-31&to=2024-03-01', 400],
    ['/api/footfall/counters/ff-stortorget/counts?from=2024-03-01&to=2024-03-01', 400],
    ['/api/footfall/counters/ff-stortorget/counts?from=2024-02-30&to=2024-03-01', 400],
    ['/api/footfall/counters/ff-stortorget/counts?from=yesterday&to=2024-03-01', 400],
    ['/api/footfall/counters/ff-stortorget/counts?from=2024-01-01&to=2024-02-01&interval=year', 400],
    ['/api/footfall/counters/ff-stortorget/counts?from=2000-01-01&to=2024-01-01&interval=hour', 400],
    ['/api/footfall/counters/ff-stortorget/counts?to=2024-01-01', 400],
    ['/api/footfall/counters/no-such-counter/counts?from=2024-01-01&to=2024-02-01', 404],
  ];
  it.each(cases)('%s → %i', async (path, expected) => {
    const { status, body } = await env.get(path);
    expect(status).toBe(expected);
    expectErrorShape(body);
  });
});
