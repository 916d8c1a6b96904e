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

describe('vacant premises on the public map, by the owner’s consent', () => {
  it('lists only premises with a listing: every other vacancy counts only in the rates', async () => {
    for (const place of ['stockholm-city', 'malmo-centrum']) {
      const listed = (await env.get(`/api/public/vacancies?place=${place}`)).body.vacancies as {
        id: string;
        offer: string;
        contact: string;
      }[];
      expect(listed.length, place).toBeGreaterThan(0);
      for (const v of listed) {
        expect(v.offer).toMatch(/Lokal att hyra/);
        expect(v.contact).toBe('Centrumkontoret, via kommunens växel');
      }
      const { bbox } = (await env.get(`/api/config?place=${place}`)).body.centre;
      const vacant = (await env.get(`/api/premises?bbox=${bbox.join(',')}&status=vacant`)).body.features as {
        id: string;
      }[];
      // Most vacant premises are not listed, and none of those is public.
      expect(vacant.length).toBeGreaterThan(listed.length);
      const listings = new Set(
        (await env.db.all<{ id: string }>('SELECT premises_id AS id FROM premises_listings')).map((r) => r.id),
      );
      expect(listed.every((v) => listings.has(v.id))).toBe(true);
    }
  });
});
