import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededAppWithPlanner } from '../support/session';

/** CSV files as they come, broken ones included: a 422 naming the problem, never a 500. */
let ctx: Awaited<ReturnType<typeof seededAppWithPlanner>>;
beforeAll(async () => {
  ctx = await seededAppWithPlanner();
});
afterAll(() => ctx.cleanup());

const post = async (body: string | Uint8Array<ArrayBuffer>) => {
  const res = await ctx.app.request('/api/imports/footfall', {
    method: 'POST',
    body,
    headers: { 'Content-Type': 'text/csv', Cookie: ctx.planner.cookie, 'X-CSRF-Token': ctx.planner.csrfToken },
  });
  return { status: res.status, body: (await res.json()) as { error?: { message: string }; errors?: unknown[] } };
};
const goodRows = (n: number) =>
  Array.from({ length: n }, (_, i) => `ff-stortorget;2026-11-${String(1 + (i % 28)).padStart(2, '0')} 08:00;${i}`);

describe('a CSV the reader cannot take', () => {
  it('names the ragged row after 3 000 good ones, whether it has too many fields or too few', async () => {
    for (const bad of ['ff-stortorget;2026-11-30 08:00;5;6;7', 'ff-stortorget']) {
      const csv = ['räknare;tidpunkt;antal', ...goodRows(3000), bad, ...goodRows(10)].join('\n');
      const { status, body } = await post(csv);
      expect(status, bad).toBe(422);
      expect(body.error!.message).toMatch(/^Rad 3002 har \d fält men rubrikraden har 3/);
    }
  });

  it('refuses binary bytes, a 7.9 MB line and 100 000 columns in a sentence', async () => {
    const binary = new Uint8Array(2048).map((_, i) => (i * 7919) % 256);
    const cases: [string | Uint8Array<ArrayBuffer>, RegExp][] = [
      [binary, /binära tecken/],
      [`räknare;tidpunkt;antal\nff-stortorget;2026-11-10 08:00;${'9'.repeat(7_900_000)}\n`, /Rad 2 är \d+ tecken lång/],
      [Array.from({ length: 100_000 }, (_, i) => `k${i}`).join(';'), /100000 kolumner|högst 200/],
    ];
    for (const [body, message] of cases) {
      const res = await post(body);
      expect(res.status).toBe(422);
      expect(res.body.error!.message).toMatch(message);
    }
  });

  it('refuses a 0.9 MB file of 100 000 columns with the whole process staying under 1 GB', async () => {
    const header = Array.from({ length: 100_000 }, (_, i) => `k${i}`).join(';');
    const row = Array.from({ length: 100_000 }, () => '1').join(';');
    const res = await post(`${header}\n${row}\n`);
    expect(res.status).toBe(422);
    // The peak resident size of this test process (server and DuckDB included) since it started.
    const peakBytes = process.resourceUsage().maxRSS * 1024;
    expect(peakBytes).toBeLessThan(1024 ** 3);
  });

  it('reads a Windows-1252 file (old Excel) and ISO times in all their forms', async () => {
    const text = [
      'räknare;tidpunkt;antal',
      'ff-stortorget;2026-11-10T07:00Z;1',
      'ff-stortorget;2026-11-10 09:00+0100;2',
      'ff-stortorget;2026-11-10T10:00:00.000+01:00;3',
    ].join('\r\n');
    // Windows-1252: "ä" is one byte, 0xE4.
    const bytes = Uint8Array.from([...text].map((ch) => (ch === 'ä' ? 0xe4 : ch.charCodeAt(0))));
    const { status, body } = await post(bytes);
    expect(status).toBe(200);
    expect(body.errors).toEqual([]);
  });
});
