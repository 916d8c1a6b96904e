import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { booleanPointInPolygon, point } from '@turf/turf';
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

type History = { status: string; from: string; to: string | null }[];
const statusOn = (history: History, day: string) =>
  history.find((h) => h.from <= day && (h.to === null || h.to > day))?.status ?? null;

describe('vacancy over time', () => {
  it("computes the monthly vacancy rate from each premises' status history", async () => {
    const { body: district } = await env.get('/api/districts');
    const boundary = district.features.find((f: { id: string }) => f.id === 'district-malmo-city').geometry;
    const { body: all } = await planner.get('/api/premises?bbox=12.99,55.598,13.01,55.61');
    const inside = all.features.filter((f: { geometry: { coordinates: [number, number] } }) =>
      booleanPointInPolygon(point(f.geometry.coordinates), boundary),
    );
    const histories = await Promise.all(
      inside.map(async (f: { id: string; properties: { floorAreaM2: number | null } }) => ({
        area: f.properties.floorAreaM2 ?? 0,
        history: (await planner.get(`/api/premises/${f.id}`)).body.history as History,
      })),
    );

    const { status, body } = await planner.get(
      '/api/districts/district-malmo-city/vacancy?from=2024-01-01&to=2026-11-01',
    );
    expect(status).toBe(200);
    expect(body.series).toHaveLength(34);
    for (const day of ['2024-06-01', '2025-06-01', '2026-10-01']) {
      const known = histories.filter((h) => statusOn(h.history, day) !== null);
      const vacant = known.filter((h) => statusOn(h.history, day) === 'vacant');
      const month = body.series.find((m: { at: string }) => m.at === day);
      expect(month.premises).toBe(known.length);
      expect(month.vacant).toBe(vacant.length);
      expect(month.rate).toBeCloseTo(vacant.length / known.length, 10);
      const area = (list: typeof known) => list.reduce((s, h) => s + h.area, 0);
      expect(month.areaRate).toBeCloseTo(area(vacant) / area(known), 10);
    }
    // The empty ones now, longest first, with their days.
    expect(body.vacantNow.length).toBe(
      histories.filter((h) => h.history[0].status === 'vacant' && h.history[0].to === null).length,
    );
    expect(body.vacantNow[0].days).toBeGreaterThanOrEqual(body.vacantNow[body.vacantNow.length - 1].days);
  });

  it('colours premises by their status on a given date', async () => {
    const { body: then } = await planner.get('/api/premises?bbox=12.99,55.598,13.01,55.61&at=2024-01-01');
    const { body: now } = await planner.get('/api/premises?bbox=12.99,55.598,13.01,55.61');
    const vacant = (b: { features: { properties: { status: string } }[] }) =>
      b.features.filter((f) => f.properties.status === 'vacant').length;
    expect(vacant(then)).not.toBe(vacant(now));
    const someone = now.features.find(
      (f: { properties: { status: string; statusSince: string } }) =>
        f.properties.status === 'vacant' && f.properties.statusSince > '2024-02-01',
    );
    const before = then.features.find((f: { id: string }) => f.id === someone.id);
    expect(before.properties.status).toBe('occupied');
    expect((await planner.get('/api/premises?bbox=12.99,55.598,13.01,55.61&at=2024-13-01')).status).toBe(400);
  });
});
