import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededAppWithPlanner } from '../support/session';
import { wgs84ToSweref } from '../../server/domain/sweref';

/**
 * A counter vendor's real export, as it comes: a stations file (ids, names, positions in SWEREF
 * 99 TM) and a counts file keyed by station, with an `id` column that repeats the station with
 * a suffix. It goes in without hand-editing: the stations first, then the counts.
 */
let ctx: Awaited<ReturnType<typeof seededAppWithPlanner>>;
beforeAll(async () => {
  ctx = await seededAppWithPlanner();
});
afterAll(() => ctx.cleanup());

const post = async (kind: string, csv: string, mode: 'preview' | 'commit') => {
  const res = await ctx.app.request(`/api/imports/${kind}?mode=${mode}`, {
    method: 'POST',
    body: csv,
    headers: { 'Content-Type': 'text/csv', Cookie: ctx.planner.cookie, 'X-CSRF-Token': ctx.planner.csrfToken },
  });
  return { status: res.status, body: (await res.json()) as any };
};

// Two new stations on Drottninggatan and at Norrmalmstorg, in SWEREF 99 TM metres.
const [drottE, drottN] = wgs84ToSweref([18.0635, 59.3346]).map(Math.round);
const [norrE, norrN] = wgs84ToSweref([18.0737, 59.3347]).map(Math.round);
const STATIONS = [
  'station_id;stationsnamn;N;E',
  `STHLM-017;Drottninggatan 53;${drottN};${drottE}`,
  `STHLM-018;Norrmalmstorg;${norrN};${norrE}`,
].join('\r\n');
const DISTRICT = '/api/districts/district-stockholm-city';
const COUNTS = [
  'id;station;tid;antal',
  'STHLM-017-c1;STHLM-017;2026-11-10 08:00;412',
  'STHLM-017-c1;STHLM-017;2026-11-10 09:00;655',
  'STHLM-018-c1;STHLM-018;2026-11-10 08:00;300',
].join('\r\n');

describe("a counter vendor's stations and counts", () => {
  it('keys the counts by the station column, not the id that repeats it, and names the missing stations', async () => {
    const { status, body } = await post('footfall', COUNTS, 'preview');
    expect(status).toBe(200);
    expect(body.mapping.counter).toBe('station');
    expect(body.errors).toHaveLength(3);
    expect(body.errors[0].message).toMatch(/läs in leverantörens stationsfil först.*STHLM-017/);
    // The district's scope is read (and kept) before the stations exist.
    expect((await ctx.get(`${DISTRICT}/footfall?from=2026-11-01&to=2026-11-15`)).body.counters).not.toContain(
      'STHLM-017',
    );
  });

  it('creates the stations from the stations file, positions from SWEREF 99 TM', async () => {
    const preview = await post('footfall-stations', STATIONS, 'preview');
    expect(preview.body.errors).toEqual([]);
    expect(preview.body.mapping).toEqual({ station: 'station_id', name: 'stationsnamn', lat: 'N', lon: 'E' });
    expect(preview.body.preview.map((p: { status: string }) => p.status)).toEqual(['ny', 'ny']);
    const commit = await post('footfall-stations', STATIONS, 'commit');
    expect(commit.body).toMatchObject({ inserted: 2, changed: 0 });
    const counters = (await ctx.get('/api/footfall/counters?place=stockholm-city')).body.features;
    const drott = counters.find((c: { id: string }) => c.id === 'STHLM-017');
    expect(drott.properties.name).toBe('Drottninggatan 53');
    expect(drott.geometry.coordinates[0]).toBeCloseTo(18.0635, 4);
    expect(drott.geometry.coordinates[1]).toBeCloseTo(59.3346, 4);
    expect((await post('footfall-stations', STATIONS, 'commit')).body).toMatchObject({ inserted: 0, unchanged: 2 });
  });

  it('then takes the counts as they are, and the district inside which they stand counts them', async () => {
    const commit = await post('footfall', COUNTS, 'commit');
    expect(commit.status).toBe(200);
    expect(commit.body.inserted).toBe(3);
    const series = (
      await ctx.get('/api/footfall/counters/STHLM-017/counts?from=2026-11-10&to=2026-11-11&interval=hour')
    ).body.series;
    expect(series.filter((b: { count: number }) => b.count > 0).map((b: { count: number }) => b.count)).toEqual([
      412, 655,
    ]);
    const after = (await ctx.get(`${DISTRICT}/footfall?from=2026-11-01&to=2026-11-15`)).body.counters;
    expect(after).toEqual(expect.arrayContaining(['STHLM-017', 'STHLM-018']));
  });

  it('refuses a station outside Sweden or twice in the file, by row', async () => {
    const { body } = await post(
      'footfall-stations',
      'station;name;lat;lon\nX-1;Hamnen;59.33;18.07\nX-1;Igen;59.33;18.07\nX-2;Helsingfors;60.17;24.94\n',
      'preview',
    );
    expect(body.errors.map((e: { row: number }) => e.row)).toEqual([3, 4]);
    expect(body.errors[1].message).toMatch(/inte i Sverige/);
  });
});
