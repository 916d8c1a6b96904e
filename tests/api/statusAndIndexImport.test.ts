import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymous, seededAppWithPlanner } from '../support/session';

let ctx: Awaited<ReturnType<typeof seededAppWithPlanner>>;
beforeAll(async () => {
  ctx = await seededAppWithPlanner();
});
afterAll(() => ctx.cleanup());

const post = async (kind: string, csv: string, query = '') => {
  const res = await ctx.app.request(`/api/imports/${kind}${query}`, {
    method: 'POST',
    body: csv,
    headers: { 'Content-Type': 'text/csv', Cookie: ctx.planner.cookie, 'X-CSRF-Token': ctx.planner.csrfToken },
  });
  return { status: res.status, body: (await res.json()) as any };
};
type History = { status: string; from: string; to: string | null }[];
const history = async (id: string): Promise<History> => (await ctx.planner.get(`/api/premises/${id}`)).body.history;

/** Two premises inside the demo centre: one with a unique address, one named by id. */
async function twoPremises() {
  const { body } = await ctx.planner.get('/api/premises?bbox=12.99,55.598,13.01,55.61');
  const features = body.features as { id: string; properties: { address: string | null } }[];
  const counts = new Map<string, number>();
  for (const f of features)
    if (f.properties.address)
      counts.set(f.properties.address.toLowerCase(), (counts.get(f.properties.address.toLowerCase()) ?? 0) + 1);
  const byAddress = features.find((f) => f.properties.address && counts.get(f.properties.address.toLowerCase()) === 1)!;
  const shared = features.find((f) => f.properties.address && counts.get(f.properties.address.toLowerCase())! > 1);
  const byId = features.find((f) => f.id !== byAddress.id)!;
  return { byAddress, byId, shared };
}

describe('importing premises status changes from CSV', () => {
  it('previews, stores on commit, rebuilds the history, and a second import changes nothing', async () => {
    const { byAddress, byId } = await twoPremises();
    const before = await history(byId.id);
    const csv = [
      'adress;status;datum',
      `${byAddress.properties.address};vakant;2026-09-01`,
      `${byId.id};Uthyrd;2026-10-15`,
      `${byId.id};tom;2026-11-01`,
    ].join('\n');

    const preview = await post('premises-status', csv);
    expect(preview.status).toBe(200);
    expect(preview.body.mapping).toEqual({ premises: 'adress', status: 'status', date: 'datum' });
    expect(preview.body.errors).toEqual([]);
    expect(preview.body.preview.map((r: { status: string; date: string }) => [r.status, r.date])).toEqual([
      ['vacant', '2026-09-01'],
      ['occupied', '2026-10-15'],
      ['vacant', '2026-11-01'],
    ]);
    expect(await history(byId.id)).toEqual(before);

    const first = await post('premises-status', csv, '?mode=commit');
    expect(first.status).toBe(200);
    expect(first.body.inserted + first.body.changed + first.body.unchanged).toBe(3);
    const after = await history(byId.id);
    expect(after[0]).toMatchObject({ status: 'vacant', from: '2026-11-01', to: null });
    // The status on 15 October is what the file says, and the period before it was closed then.
    const on = (h: History, day: string) => h.find((p) => p.from <= day && (p.to === null || p.to > day))?.status;
    expect(on(after, '2026-10-20')).toBe('occupied');
    expect(on(after, '2026-11-02')).toBe('vacant');
    expect(on(await history(byAddress.id), '2026-09-02')).toBe('vacant');
    // No two periods in a row with the same status, and no gaps.
    for (let i = 1; i < after.length; i++) {
      expect(after[i].status).not.toBe(after[i - 1].status);
      expect(after[i].to).toBe(after[i - 1].from);
    }

    const again = await post('premises-status', csv, '?mode=commit');
    expect(again.body).toMatchObject({ rows: 3, inserted: 0, changed: 0, unchanged: 3 });
    expect(await history(byId.id)).toEqual(after);
  });

  it('lists every problem by row and stores nothing', async () => {
    const { byId, shared } = await twoPremises();
    const before = await history(byId.id);
    const rows = [
      'lokal,status,datum',
      `${byId.id},vakant,2025-02-01`,
      'nowhere-1,vakant,2025-01-01',
      `${byId.id},kanske,2025-03-01`,
      `${byId.id},vakant,1 mars`,
      `${byId.id},uthyrd,2025-02-01`,
    ];
    expect(shared).toBeDefined(); // the demo has a few addresses with more than one premises
    rows.push(`${shared!.properties.address},vakant,2025-04-01`);
    const { status, body } = await post('premises-status', rows.join('\n'), '?mode=commit');
    expect(status).toBe(422);
    const byRow = Object.fromEntries(
      body.error.details.errors.map((e: { row: number; message: string }) => [e.row, e.message]),
    );
    expect(byRow[3]).toMatch(/unknown premises/);
    expect(byRow[4]).toMatch(/vacant or occupied/);
    expect(byRow[5]).toMatch(/unreadable date/);
    expect(byRow[6]).toMatch(/rad 2/);
    expect(byRow[7]).toMatch(/ambiguous address/);
    expect(byRow[2]).toBeUndefined();
    expect(await history(byId.id)).toEqual(before);
  });
});

describe('importing turnover index series from CSV', () => {
  const zoneValue = async (zoneId: string, period: string) =>
    (await ctx.planner.get(`/api/index/zones/${zoneId}/series`)).body.series.find(
      (p: { period: string }) => p.period === period,
    )?.value;

  it('takes zones by name, months and Swedish decimals; replaces a stored month; a second import changes nothing', async () => {
    const { body: zones } = await ctx.planner.get('/api/index/zones?period=2026-06-01');
    const [a, b] = zones.features as { id: string; properties: { name: string; value: number } }[];
    const csv = ['zon;månad;index', `${a.properties.name};2026-06;123,5`, `${b.id};2030-01;99`].join('\n');
    const preview = await post('turnover-index', csv);
    expect(preview.body.errors).toEqual([]);
    expect(preview.body.preview).toEqual([
      { row: 2, zone: a.properties.name, period: '2026-06', value: 123.5 },
      { row: 3, zone: b.properties.name, period: '2030-01', value: 99 },
    ]);
    const first = await post('turnover-index', csv, '?mode=commit');
    expect(first.body).toMatchObject({ rows: 2, inserted: 1, changed: 1, unchanged: 0 });
    expect(await zoneValue(a.id, '2026-06-01')).toBe(123.5);
    expect(await zoneValue(b.id, '2030-01-01')).toBe(99);
    const again = await post('turnover-index', csv, '?mode=commit');
    expect(again.body).toMatchObject({ inserted: 0, changed: 0, unchanged: 2 });
  });

  it('lists every problem by row and stores nothing', async () => {
    const { body: zones } = await ctx.planner.get('/api/index/zones?period=2026-06-01');
    const zone = zones.features[0];
    const before = await zoneValue(zone.id, '2025-01-01');
    const csv = [
      'zone,period,value',
      `${zone.id},2025-01,1`,
      'Atlantis,2025-01,1',
      `${zone.id},2025-02-15,1`,
      `${zone.id},2025-03,-4`,
      `${zone.id},2025-01,2`,
    ].join('\n');
    const { status, body } = await post('turnover-index', csv, '?mode=commit');
    expect(status).toBe(422);
    const byRow = Object.fromEntries(
      body.error.details.errors.map((e: { row: number; message: string }) => [e.row, e.message]),
    );
    expect(Object.keys(byRow).map(Number)).toEqual([3, 4, 5, 6]);
    expect(byRow[3]).toMatch(/unknown zone/);
    expect(byRow[4]).toMatch(/must be a month/);
    expect(byRow[5]).toMatch(/number ≥ 0/);
    expect(byRow[6]).toMatch(/rad 2/);
    expect(await zoneValue(zone.id, '2025-01-01')).toBe(before);
  });

  it('refuses an unknown kind of import, and anyone but a planner', async () => {
    expect((await post('cats', 'a;b\n1;2')).status).toBe(400);
    expect((await anonymous(ctx.app).send('POST', '/api/imports/turnover-index', {})).status).toBe(401);
  });
});
