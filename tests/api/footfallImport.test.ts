import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymous, seededAppWithPlanner } from '../support/session';

let ctx: Awaited<ReturnType<typeof seededAppWithPlanner>>;
beforeAll(async () => {
  ctx = await seededAppWithPlanner();
});
afterAll(() => ctx.cleanup());

const post = async (csv: string, query = '') => {
  const res = await ctx.app.request(`/api/imports/footfall${query}`, {
    method: 'POST',
    body: csv,
    headers: { 'Content-Type': 'text/csv', Cookie: ctx.planner.cookie, 'X-CSRF-Token': ctx.planner.csrfToken },
  });
  return { status: res.status, body: (await res.json()) as any };
};
const hour = async (counter: string, day: string) =>
  (
    await ctx.planner.get(
      `/api/footfall/counters/${counter}/counts?from=${day}&to=${day.slice(0, 8)}${String(Number(day.slice(8)) + 1).padStart(2, '0')}&interval=hour`,
    )
  ).body.series;

// A Swedish export: semicolons, Swedish headers, local times (summer time in July).
const GOOD = [
  'räknare;tidpunkt;antal',
  'ff-stortorget;2026-11-10 08:00;111',
  'ff-stortorget;2026-11-10 09:00;222',
  'ff-lilla-torg;2026-11-10T10:00:00+01:00;333',
].join('\n');

describe('importing footfall counts from CSV', () => {
  it('previews a file: guesses the columns, reads local and offset times, stores nothing', async () => {
    const { status, body } = await post(GOOD);
    expect(status).toBe(200);
    expect(body.mapping).toEqual({ counter: 'räknare', timestamp: 'tidpunkt', count: 'antal' });
    expect(body.errors).toEqual([]);
    expect(body.preview).toEqual([
      { row: 2, counter: 'ff-stortorget', timestamp: '2026-11-10 08:00', count: 111 },
      { row: 3, counter: 'ff-stortorget', timestamp: '2026-11-10 09:00', count: 222 },
      { row: 4, counter: 'ff-lilla-torg', timestamp: '2026-11-10 10:00', count: 333 },
    ]);
    expect(await hour('ff-stortorget', '2026-11-10')).toEqual([]);
  });

  it('stores it on commit, and importing the same file again changes nothing', async () => {
    const first = await post(GOOD, '?mode=commit');
    expect(first.body).toMatchObject({ rows: 3, inserted: 3, changed: 0, unchanged: 0 });
    const series = await hour('ff-stortorget', '2026-11-10');
    expect(series).toEqual([
      { t: '2026-11-10T08:00:00+01:00', count: 111 },
      { t: '2026-11-10T09:00:00+01:00', count: 222 },
    ]);
    const day = (
      await ctx.planner.get('/api/footfall/counters/ff-stortorget/counts?from=2026-11-10&to=2026-11-11&interval=day')
    ).body.series;
    expect(day).toEqual([{ t: '2026-11-10T00:00:00+01:00', count: 333 }]); // the daily rollup follows
    const again = await post(GOOD, '?mode=commit');
    expect(again.body).toMatchObject({ rows: 3, inserted: 0, changed: 0, unchanged: 3 });
    expect(await hour('ff-stortorget', '2026-11-10')).toEqual(series);
  });

  it('lists every problem by row number and stores nothing at all', async () => {
    const bad = [
      'counter,timestamp,count',
      'ff-stortorget,2026-11-12 08:00,10',
      'ff-nowhere,2026-11-12 09:00,10',
      'ff-stortorget,yesterday,10',
      'ff-stortorget,2026-11-12 10:30,10',
      'ff-stortorget,2026-11-12 11:00,-5',
      'ff-stortorget,2026-11-12 08:00,12',
      'ff-stortorget,2026-11-12,4000',
    ].join('\n');
    const { status, body } = await post(bad, '?mode=commit');
    expect(status).toBe(422);
    const byRow = Object.fromEntries(
      body.error.details.errors.map((e: { row: number; message: string }) => [e.row, e.message]),
    );
    expect(Object.keys(byRow).map(Number)).toEqual([3, 4, 5, 6, 7, 8]);
    expect(byRow[3]).toMatch(/unknown counter/);
    expect(byRow[4]).toMatch(/unreadable time/);
    expect(byRow[5]).toMatch(/not on the hour/);
    expect(byRow[6]).toMatch(/whole number/);
    expect(byRow[7]).toMatch(/rad 2/);
    expect(byRow[8]).toMatch(/hourly counts exist for this day/); // a day's count beside hours of the same day
    expect(await hour('ff-stortorget', '2026-11-12')).toEqual([]);
  });

  it('takes daily counts too: days, weeks and year over year include them; hours do not pretend to exist', async () => {
    // Two days in December 2026, after the seeded hours end.
    const daily = ['räknare;datum;antal', 'ff-stortorget;2026-12-07;5000', 'ff-stortorget;2026-12-08;6000'].join('\n');
    const preview = await post(daily);
    expect(preview.body.errors).toEqual([]);
    expect(preview.body.preview.map((r: { timestamp: string }) => r.timestamp)).toEqual(['2026-12-07', '2026-12-08']);
    expect((await post(daily, '?mode=commit')).body).toMatchObject({ inserted: 2, changed: 0 });
    const days = (
      await ctx.planner.get('/api/footfall/counters/ff-stortorget/counts?from=2026-12-07&to=2026-12-09&interval=day')
    ).body.series;
    expect(days).toEqual([
      { t: '2026-12-07T00:00:00+01:00', count: 5000 },
      { t: '2026-12-08T00:00:00+01:00', count: 6000 },
    ]);
    const week = (
      await ctx.planner.get('/api/footfall/counters/ff-stortorget/counts?from=2026-12-07&to=2026-12-14&interval=week')
    ).body.series;
    expect(week).toEqual([{ t: '2026-12-07T00:00:00+01:00', count: 11_000 }]);
    expect(await hour('ff-stortorget', '2026-12-07')).toEqual([]);
    expect((await post(daily, '?mode=commit')).body).toMatchObject({ inserted: 0, changed: 0, unchanged: 2 });
    // Hours that arrive later for a day take its place.
    await post('räknare;tidpunkt;antal\nff-stortorget;2026-12-07 10:00;70', '?mode=commit');
    const after = (
      await ctx.planner.get('/api/footfall/counters/ff-stortorget/counts?from=2026-12-07&to=2026-12-09&interval=day')
    ).body.series;
    expect(after).toEqual([
      { t: '2026-12-07T00:00:00+01:00', count: 70 },
      { t: '2026-12-08T00:00:00+01:00', count: 6000 },
    ]);
  });

  it('asks for a mapping when it cannot guess the columns, and accepts one', async () => {
    const odd = ['sensor_name;when;n', 'ff-stortorget;2026-11-13 08:00;5'].join('\n');
    const guessed = await post(odd);
    expect(guessed.status).toBe(422);
    expect(guessed.body.error.details.columns).toEqual(['sensor_name', 'when', 'n']);
    const mapped = await post(odd, '?counter=sensor_name&timestamp=when&count=n');
    expect(mapped.body.errors).toEqual([]);
  });

  it('is for planners only', async () => {
    expect((await anonymous(ctx.app).send('POST', '/api/imports/footfall', {})).status).toBe(401);
  });
});
