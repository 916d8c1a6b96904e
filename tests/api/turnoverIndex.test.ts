import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededApp } from '../support/seededDb';

let env: Awaited<ReturnType<typeof seededApp>>;
beforeAll(async () => {
  env = await seededApp();
});
afterAll(() => env.cleanup());

describe('turnover index zones', () => {
  it('gives each zone its value in a month and the change against the same month last year', async () => {
    const { status, body } = await env.get('/api/index/zones?period=2026-06-01');
    expect(status).toBe(200);
    expect(body.features.length).toBe(3);
    for (const zone of body.features) {
      const { body: s } = await env.get(`/api/index/zones/${zone.id}/series`);
      const value = s.series.find((p: { period: string }) => p.period === '2026-06-01').value;
      const lastYear = s.series.find((p: { period: string }) => p.period === '2025-06-01').value;
      expect(zone.properties.value).toBe(value);
      expect(zone.properties.changePercent).toBeCloseTo(Math.round((value / lastYear - 1) * 1000) / 10, 5);
      expect(zone.geometry.type).toBe('Polygon');
    }
  });

  it("lists a place's own zones: the default place's without one", async () => {
    const names = async (query: string) =>
      (await env.get(`/api/index/zones?period=2026-06-01${query}`)).body.features.map(
        (f: { properties: { name: string } }) => f.properties.name,
      );
    expect(await names('')).toEqual(['Hötorgscity', 'Stureplan – Biblioteksgatan', 'Östermalmstorg']);
    expect(await names('&place=stockholm-city')).toEqual(await names(''));
    expect(await names('&place=malmo-centrum')).toEqual(['Gamla staden', 'Möllevången', 'Södra Förstaden – Triangeln']);
    expect(await names('&place=fruangen-centrum')).toEqual([]);
    expect((await env.get('/api/index/zones?period=2026-06-01&place=atlantis')).status).toBe(404);
  });

  it("refuses a period that is not a month's first day, and an unknown zone", async () => {
    expect((await env.get('/api/index/zones?period=2026-06-15')).status).toBe(400);
    expect((await env.get('/api/index/zones/nope/series')).status).toBe(404);
  });
});
