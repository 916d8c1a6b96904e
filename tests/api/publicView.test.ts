import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededApp } from '../support/seededDb';
import { signedIn } from '../support/session';

let env: Awaited<ReturnType<typeof seededApp>>;
/** Vacancies are the planners' to see (an unlisted one shows no status to anyone else). */
let planner: Awaited<ReturnType<typeof signedIn>>;
beforeAll(async () => {
  env = await seededApp();
  planner = await signedIn(env.app, env.db);
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
      const vacant = (await planner.get(`/api/premises?bbox=${bbox.join(',')}&status=vacant`)).body.features as {
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

describe('an unlisted vacancy, on every route a reader without a planner’s account may call', () => {
  it('shows as vacant to planners only; the rates still count it', async () => {
    const unlisted = (await env.db.one<{ id: string; parcelId: string }>(
      `SELECT pr.id, pr.parcel_id AS "parcelId" FROM premises pr
       JOIN premises_status st ON st.premises_id = pr.id AND st.valid_to IS NULL AND st.status = 'vacant'
       WHERE pr.parcel_id IS NOT NULL AND pr.id NOT IN (SELECT premises_id FROM premises_listings)
         AND pr.lon BETWEEN 12.99 AND 13.01 AND pr.lat BETWEEN 55.60 AND 55.61 LIMIT 1`,
    ))!;
    const bbox = '12.99,55.60,13.01,55.61';
    const reads = [
      `/api/premises?bbox=${bbox}&status=vacant`,
      `/api/premises?bbox=${bbox}`,
      `/api/premises/${unlisted.id}`,
      `/api/parcels/${unlisted.parcelId}`,
      `/api/districts/district-malmo-city/parcels`,
      `/api/districts/district-malmo-city/vacancy?from=2026-01-01&to=2026-11-01`,
    ];
    const showsVacant = (text: string) =>
      new RegExp(`"${unlisted.id}"[^}]*"status":"vacant"|"id":"${unlisted.id}","name"[^}]*"since"`).test(text);
    for (const path of reads) {
      const open = await env.get(path);
      expect(open.status, path).toBe(200);
      expect(showsVacant(open.text), path).toBe(false);
    }
    expect((await env.get(`/api/premises/${unlisted.id}`)).body.properties.status).toBeNull();
    expect((await planner.get(`/api/premises/${unlisted.id}`)).body.properties.status).toBe('vacant');
    const vacantForPlanner = (await planner.get(`/api/premises?bbox=${bbox}&status=vacant`)).body.features as {
      id: string;
    }[];
    expect(vacantForPlanner.map((f) => f.id)).toContain(unlisted.id);
    // The rate still counts every vacancy.
    const rates = (await env.get('/api/districts/district-malmo-city/vacancy?from=2026-01-01&to=2026-11-01')).body
      .series;
    expect(rates.at(-1).vacant).toBeGreaterThan(0);
  });
});
