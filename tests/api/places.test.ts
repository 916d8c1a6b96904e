import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tilesCovering } from '../../server/tiles/tileMath';
import { seededApp } from '../support/seededDb';
import { signedIn } from '../support/session';

/**
 * One installation, several centres: the demo holds Stockholm City (default), Fruängen centrum
 * and Malmö centrum, the Stockholm ones loaded from full OpenStreetMap extracts by the importer
 * a user runs.
 */
let ctx: Awaited<ReturnType<typeof seededApp>>;
/** Vacancies are the planners' to see (an unlisted one shows no status to anyone else). */
let planner: Awaited<ReturnType<typeof signedIn>>;
beforeAll(async () => {
  ctx = await seededApp();
  planner = await signedIn(ctx.app, ctx.db);
});
afterAll(() => ctx.cleanup());

const inside = (bbox: number[], [lon, lat]: number[]) =>
  lon >= bbox[0] && lon <= bbox[2] && lat >= bbox[1] && lat <= bbox[3];

describe('places', () => {
  it('lists the places, the default first, each with its municipality and extent', async () => {
    const { status, body } = await ctx.get('/api/places');
    expect(status).toBe(200);
    expect(body.places.map((p: { id: string }) => p.id)).toEqual([
      'stockholm-city',
      'fruangen-centrum',
      'malmo-centrum',
    ]);
    expect(body.places[0]).toEqual({
      id: 'stockholm-city',
      name: 'Stockholm City',
      municipalityCode: '0180',
      bbox: [18.0598, 59.3332, 18.0812, 59.3422],
    });
  });

  it('answers the config for a place, and for the default place without one', async () => {
    const stockholm = (await ctx.get('/api/config?place=stockholm-city')).body;
    expect(stockholm.centre.name).toBe('Stockholm City');
    expect(stockholm.place).toBe('stockholm-city');
    expect(stockholm.provenance).toEqual({
      parcels: 'generated',
      premises: 'mixed', // the real shops and eating places, and generated other premises
      footfall: 'generated',
      indexZones: 'generated',
      districts: 'generated',
      actions: 'generated',
      buildings: 'real',
      streets: 'real',
    });
    const [w, , , n] = stockholm.region;
    expect(w).toBeLessThan(18.0598);
    expect(n).toBeGreaterThan(59.3422);
    expect((await ctx.get('/api/config')).body).toEqual(stockholm);
    const malmo = (await ctx.get('/api/config?place=malmo-centrum')).body;
    expect(malmo.centre.name).toBe('Malmö centrum');
    expect(malmo.provenance).toMatchObject({ parcels: 'generated', buildings: 'none', streets: 'none' });
  });

  it('makes up no streets or buildings over a real city: Malmö has generated parcels and no base-map fabric', async () => {
    const [stortorget] = tilesCovering([13.0011, 55.6059, 13.0011, 55.6059], 15);
    const tile = (layer: string) => ctx.app.request(`/api/tiles/${layer}/15/${stortorget.x}/${stortorget.y}.mvt`);
    expect((await tile('streets')).status).toBe(204);
    expect((await tile('buildings')).status).toBe(204);
    expect((await tile('parcels')).status).toBe(200);
  });

  it('refuses an unknown place with a 404 and a malformed one with a 400', async () => {
    expect((await ctx.get('/api/config?place=atlantis')).status).toBe(404);
    expect((await ctx.get('/api/config?place=Not%20An%20Id')).status).toBe(400);
  });

  it("lists only a place's own districts", async () => {
    const ids = async (place: string) =>
      (await ctx.get(`/api/districts?place=${place}`)).body.features.map((d: { id: string }) => d.id);
    expect(await ids('malmo-centrum')).toEqual(['district-malmo-city']);
    expect(await ids('stockholm-city')).toEqual(['district-stockholm-city']);
    expect(await ids('fruangen-centrum')).toEqual([]);
  });
});

describe('Stockholm City from its OpenStreetMap extract', () => {
  const bbox = '18.0602,59.3343,18.0807,59.3422';

  it('has the real buildings, complete ones only', async () => {
    const { body } = await ctx.get(`/api/basemap/building?bbox=${bbox}`);
    const real = body.features.filter((f: { properties: { generated: boolean } }) => !f.properties.generated);
    // 195 building outlines in the file, of which 15 multipolygons reach outside it and are left out.
    expect(real).toHaveLength(180);
    expect(real.map((f: { id: string }) => f.id)).not.toContain('osm-relation-109895-building');
  });

  it('has its 76 named streets, squares included', async () => {
    const { body } = await ctx.get(`/api/basemap/road?bbox=${bbox}`);
    const names = new Set(
      body.features.map((f: { properties: { name: string | null } }) => f.properties.name).filter(Boolean),
    );
    expect(names.size).toBe(76);
    for (const street of ['Kungsgatan', 'Sveavägen', 'Birger Jarlsgatan', 'Östermalmstorg', 'Biblioteksgatan'])
      expect(names).toContain(street);
  });

  it('has its real shops, eating places and services as premises, with kinds and addresses', async () => {
    const { body } = await planner.get(`/api/premises?bbox=${bbox}`);
    const real = body.features.filter((f: { id: string }) => f.id.startsWith('osm-'));
    expect(real.length).toBeGreaterThan(700);
    for (const f of real) expect(inside([18.0602, 59.3343, 18.0807, 59.3422], f.geometry.coordinates)).toBe(true);
    const kinds = new Set(real.map((f: { properties: { kind: string } }) => f.properties.kind));
    for (const kind of ['retail', 'restaurant', 'cafe', 'service', 'office']) expect(kinds).toContain(kind);
    const detail = (await planner.get(`/api/premises/${real[0].id}`)).body;
    expect(detail.history.length).toBeGreaterThan(0); // a generated status history, labelled so
  });
});

describe('the demo district in Stockholm City', () => {
  const D = '/api/districts/district-stockholm-city';

  it('holds real premises and generated parcels with owners, marked generated', async () => {
    const summary = (await ctx.get(`${D}/summary`)).body;
    expect(summary.parcels).toBeGreaterThan(50);
    expect(summary.owners).toBeGreaterThan(10);
    expect(summary.premises).toBeGreaterThan(300);
    const parcels = (await ctx.get(`${D}/parcels`)).body.features;
    expect(parcels.every((p: { properties: { generated: boolean } }) => p.properties.generated)).toBe(true);
    expect(parcels[0].properties.designation).toMatch(/^Stockholm /);
  });

  it("has the place's five counters, its turnover zones and a plan at its real squares", async () => {
    const footfall = (await ctx.get(`${D}/footfall?from=2026-01-01&to=2026-11-01`)).body;
    expect(footfall.counters).toEqual([
      'ff-biblioteksgatan',
      'ff-hotorget',
      'ff-kungsgatan',
      'ff-ostermalmstorg',
      'ff-stureplan',
    ]);
    expect(footfall.series.length).toBeGreaterThan(40);
    const vacancy = (await planner.get(`${D}/vacancy?from=2024-01-01&to=2026-11-01`)).body.series;
    expect(new Set(vacancy.map((p: { vacant: number }) => p.vacant)).size).toBeGreaterThan(1);
    const actions = (await ctx.get(`${D}/actions`)).body.actions;
    expect(actions.map((a: { title: string }) => a.title)).toContain('Bänkar och planteringar på Hötorget');
    // Read without signing in, the plan shows its published actions: the public map's, as it opens on the default place.
    const ids = (list: { id: string }[]) => list.map((a) => a.id).sort();
    expect(actions).toHaveLength(5);
    expect(ids((await ctx.get('/api/public/actions')).body.actions)).toEqual(ids(actions));
  });
});

describe('figures for our places', () => {
  it('gives every place its headline figures with the same definitions the other routes use', async () => {
    const { status, body } = await ctx.get('/api/places/overview');
    expect(status).toBe(200);
    expect(body.places.map((p: { id: string }) => p.id)).toEqual([
      'stockholm-city',
      'fruangen-centrum',
      'malmo-centrum',
    ]);
    for (const place of body.places) {
      const bbox = (await ctx.get('/api/places')).body.places
        .find((p: { id: string }) => p.id === place.id)
        .bbox.join(',');
      const all = (await planner.get(`/api/premises?bbox=${bbox}`)).body.features.length;
      const vacant = (await planner.get(`/api/premises?bbox=${bbox}&status=vacant`)).body.features.length;
      expect(place.vacancy).toEqual({ premises: all, vacant, rate: vacant / all });
      const counters = (await ctx.get(`/api/footfall/counters?place=${place.id}`)).body.features;
      const lastWeek = counters.reduce(
        (s: number, c: { properties: { lastWeekCount: number } }) => s + c.properties.lastWeekCount,
        0,
      );
      expect(place.footfall.total).toBe(lastWeek);
      expect(place.footfall.counters).toBe(counters.length);
    }
    const [stockholm, fruangen, malmo] = body.places;
    for (const [place, district] of [
      [stockholm, 'district-stockholm-city'],
      [malmo, 'district-malmo-city'],
    ]) {
      const actions = (await ctx.get(`/api/districts/${district}/actions`)).body.actions;
      expect(actions.length).toBeGreaterThan(0);
      expect(place.actions.done).toBe(actions.filter((a: { status: string }) => a.status === 'done').length);
    }
    expect(fruangen.actions.done).toBe(0);
    expect(stockholm.vacancy.vacant).toBeGreaterThan(0); // generated empty premises among the real ones
  });
});
