import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { area, booleanPointInPolygon, featureCollection, intersect, point } from '@turf/turf';
import type { Feature, Polygon } from 'geojson';
import { anonymous, seededAppWithPlanner } from '../support/session';

let ctx: Awaited<ReturnType<typeof seededAppWithPlanner>>;
beforeAll(async () => {
  ctx = await seededAppWithPlanner();
});
afterAll(() => ctx.cleanup());

// A block-sized rectangle south of Stortorget, drawn with vertices as a planner clicks them.
const rectangle = (w: number, s: number, e: number, n: number): Polygon => ({
  type: 'Polygon',
  coordinates: [
    [
      [w, s],
      [e, s],
      [e, n],
      [w, n],
      [w, s],
    ],
  ],
});
const BLOCK = rectangle(12.999, 55.602, 13.004, 55.6045);
const BOW_TIE: Polygon = {
  type: 'Polygon',
  coordinates: [
    [
      [12.999, 55.602],
      [13.004, 55.6045],
      [13.004, 55.602],
      [12.999, 55.6045],
      [12.999, 55.602],
    ],
  ],
};

const districtCount = async () => (await anonymous(ctx.app).get('/api/districts')).body.features.length;

describe('drawing a district', () => {
  let id: string;

  it('refuses anonymous drawing and stores nothing', async () => {
    const before = await districtCount();
    const res = await anonymous(ctx.app).send('POST', '/api/districts', {
      name: 'Smygområde',
      type: 'other',
      geometry: BLOCK,
    });
    expect(res.status).toBe(401);
    expect(await districtCount()).toBe(before);
  });

  it('lets a planner save a new district, which the map then lists', async () => {
    const res = await ctx.planner.send('POST', '/api/districts', {
      name: 'Södra Tullkvarteret',
      type: 'city-centre',
      geometry: BLOCK,
      note: 'Första förslaget',
    });
    expect(res.status).toBe(201);
    id = res.body.id;
    expect(res.body.version).toBe(1);
    const list = await anonymous(ctx.app).get('/api/districts');
    const saved = list.body.features.find((f: Feature) => f.id === id);
    expect(saved.properties).toMatchObject({ name: 'Södra Tullkvarteret', type: 'city-centre', version: 1 });
    expect(saved.properties.areaM2).toBeCloseTo(area(BLOCK), -1);
  });

  it('keeps every boundary as a version with who, when, note and area', async () => {
    const moved = structuredClone(BLOCK);
    moved.coordinates[0][2] = [13.0045, 55.6048]; // one vertex dragged north-east
    const res = await ctx.planner.send('PUT', `/api/districts/${id}/boundary`, {
      geometry: moved,
      note: 'Hörnet vid torget togs med',
    });
    expect(res.status).toBe(201);
    expect(res.body.version).toBe(2);
    const versions = await ctx.planner.get(`/api/districts/${id}/versions`);
    expect(versions.body.features.map((f: Feature<Polygon, { version: number }>) => f.properties.version)).toEqual([
      2, 1,
    ]);
    const [v2, v1] = versions.body.features;
    expect(v2.properties).toMatchObject({ note: 'Hörnet vid torget togs med', createdBy: 'Petra Planerare' });
    expect(v1.properties.note).toBe('Första förslaget');
    // Everyone else sees that the district's planners saved it, not which of them.
    const seen = (await anonymous(ctx.app).get(`/api/districts/${id}/versions`)).body.features[0].properties;
    expect(seen.createdBy).toBe('Områdets planerare');
    expect(v2.properties.areaM2).toBeCloseTo(area(moved), -1);
    expect(v2.properties.areaM2).toBeGreaterThan(v1.properties.areaM2);
  });

  it('refuses a bow-tie with 422, points at the crossing segments, and changes nothing', async () => {
    const before = await anonymous(ctx.app).get(`/api/districts/${id}/versions`);
    const res = await ctx.planner.send('PUT', `/api/districts/${id}/boundary`, { geometry: BOW_TIE, note: 'fel' });
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('invalid_geometry');
    expect(res.body.error.details.problem).toBe('self-intersection');
    expect(res.body.error.details.segments).toEqual([
      [0, 0, 0],
      [0, 0, 2],
    ]);
    const [lon, lat] = res.body.error.details.location;
    expect(lon).toBeCloseTo(13.0015, 4);
    expect(lat).toBeCloseTo(55.60325, 4);
    expect((await anonymous(ctx.app).get(`/api/districts/${id}/versions`)).body).toEqual(before.body);
    const created = await ctx.planner.send('POST', '/api/districts', {
      name: 'Fluga',
      type: 'other',
      geometry: BOW_TIE,
    });
    expect(created.status).toBe(422);
  });

  it.each([
    [
      'too few distinct points',
      {
        type: 'Polygon',
        coordinates: [
          [
            [13, 55.6],
            [13.001, 55.6],
            [13, 55.6],
            [13, 55.6],
          ],
        ],
      },
      'too-few-points',
    ],
    [
      'zero area (all points on a line)',
      {
        type: 'Polygon',
        coordinates: [
          [
            [13, 55.6],
            [13.001, 55.601],
            [13.002, 55.602],
            [13, 55.6],
          ],
        ],
      },
      'zero-area',
    ],
    [
      'outside the municipality (in Göteborg, where no place is)',
      rectangle(11.95, 57.7, 11.97, 57.71),
      'outside-extent',
    ],
  ])('refuses %s with 422', async (_label, geometry, problem) => {
    const res = await ctx.planner.send('POST', '/api/districts', { name: 'Fel', type: 'other', geometry });
    expect(res.status).toBe(422);
    expect(res.body.error.details.problem).toBe(problem);
    expect(res.body.error.message.length).toBeGreaterThan(10);
  });

  it('refuses malformed bodies with 400', async () => {
    expect(
      (await ctx.planner.send('POST', '/api/districts', { name: '', type: 'other', geometry: BLOCK })).status,
    ).toBe(400);
    expect(
      (await ctx.planner.send('POST', '/api/districts', { name: 'X', type: 'castle', geometry: BLOCK })).status,
    ).toBe(400);
    expect(
      (
        await ctx.planner.send('POST', '/api/districts', {
          name: 'X',
          type: 'other',
          geometry: { type: 'Point', coordinates: [13, 55.6] },
        })
      ).status,
    ).toBe(400);
    expect((await ctx.planner.send('PUT', '/api/districts/no-such/boundary', { geometry: BLOCK })).status).toBe(404);
  });
});

describe('stakeholders by parcel in a district', () => {
  let id: string;
  beforeAll(async () => {
    id = (
      await ctx.planner.send('POST', '/api/districts', {
        name: 'Kvarteren kring Gustav Adolfs torg',
        type: 'city-centre',
        geometry: rectangle(12.9985, 55.5995, 13.0035, 55.603),
      })
    ).body.id;
  });

  it('lists parcels inside or crossing it, with the share inside as turf computes it', async () => {
    const { body } = await anonymous(ctx.app).get(`/api/districts/${id}/parcels`);
    const district = rectangle(12.9985, 55.5995, 13.0035, 55.603);
    expect(body.features.length).toBeGreaterThan(20);
    for (const f of body.features) {
      const overlap = intersect(featureCollection([f, { type: 'Feature', properties: {}, geometry: district }]));
      const expected = overlap ? area(overlap) / area(f) : 0;
      expect(f.properties.shareInside).toBeCloseTo(expected, 3);
      expect(f.properties.edge).toBe(f.properties.shareInside < 0.1);
      expect(f.properties.owners.length).toBeGreaterThan(0);
    }
    expect(body.features.some((f: { properties: { shareInside: number } }) => f.properties.shareInside === 1)).toBe(
      true,
    );
    expect(body.features.some((f: { properties: { edge: boolean } }) => f.properties.edge)).toBe(true);
  });

  it("shows private owners' names to planners only", async () => {
    const pub = await anonymous(ctx.app).get(`/api/districts/${id}/parcels`);
    const mine = await ctx.planner.get(`/api/districts/${id}/parcels`);
    const privateOwners = (body: any) =>
      body.features.flatMap((f: any) => f.properties.owners).filter((o: any) => o.isPrivatePerson);
    expect(privateOwners(pub.body).length).toBeGreaterThan(0);
    expect(privateOwners(pub.body).every((o: any) => o.name === null)).toBe(true);
    expect(privateOwners(mine.body).every((o: any) => typeof o.name === 'string' && o.name.length > 0)).toBe(true);
    expect(pub.text).not.toMatch(/@|070-17406/);
  });

  it('sums up parcels, owners, premises, vacancies and floor area', async () => {
    const { body: summary } = await anonymous(ctx.app).get(`/api/districts/${id}/summary`);
    const { body: parcels } = await anonymous(ctx.app).get(`/api/districts/${id}/parcels`);
    const core = parcels.features.filter((f: any) => !f.properties.edge);
    expect(summary.parcels).toBe(core.length);
    expect(summary.edgeParcels).toBe(parcels.features.length - core.length);
    expect(summary.owners).toBe(new Set(core.flatMap((f: any) => f.properties.owners.map((o: any) => o.id))).size);
    const district = rectangle(12.9985, 55.5995, 13.0035, 55.603);
    const { body: premises } = await ctx.planner.get('/api/premises?bbox=12.9985,55.5995,13.0035,55.6030');
    const inside = premises.features.filter((f: any) => booleanPointInPolygon(point(f.geometry.coordinates), district));
    expect(summary.premises).toBe(inside.length);
    expect(summary.vacantPremises).toBe(inside.filter((f: any) => f.properties.status === 'vacant').length);
    expect(summary.floorAreaM2).toBe(
      Math.round(inside.reduce((s: number, f: any) => s + (f.properties.floorAreaM2 ?? 0), 0)),
    );
    expect(Object.values(summary.businessesByKind as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(
      summary.premises - summary.vacantPremises,
    );
  });

  it('counts, while a boundary is drawn, what the saved district would hold (planners only)', async () => {
    const geometry = rectangle(12.9985, 55.5995, 13.0035, 55.603);
    const preview = await ctx.planner.send('POST', '/api/districts/preview/summary', { geometry });
    expect(preview.status).toBe(200);
    const { body: saved } = await anonymous(ctx.app).get(`/api/districts/${id}/summary`);
    const { id: _id, name: _name, version: _version, ...figures } = saved;
    expect(preview.body).toEqual(figures);
    expect(preview.body.parcels).toBeGreaterThan(20);

    const smaller = await ctx.planner.send('POST', '/api/districts/preview/summary', {
      geometry: rectangle(12.9985, 55.5995, 13.0, 55.601),
    });
    expect(smaller.body.parcels).toBeLessThan(preview.body.parcels);

    // A boundary with no premises inside is counted too (an empty list of ids is still a list).
    let empty: ReturnType<typeof rectangle> | undefined;
    for (let i = 0; i < 40 && !empty; i++) {
      const [x, y] = [12.9985 + (i % 8) * 0.0006, 55.5995 + Math.floor(i / 8) * 0.0006];
      const square = rectangle(x, y, x + 0.0002, y + 0.00012);
      const { body } = await ctx.planner.get(`/api/premises?bbox=${x},${y},${x + 0.0002},${y + 0.00012}`);
      if (body.features.length === 0) empty = square;
    }
    const none = await ctx.planner.send('POST', '/api/districts/preview/summary', { geometry: empty });
    expect(none.status).toBe(200);
    expect(none.body.premises).toBe(0);
    expect((await anonymous(ctx.app).send('POST', '/api/districts/preview/summary', { geometry })).status).toBe(401);
    const bowTie = {
      type: 'Polygon',
      coordinates: [
        [
          [13.0, 55.6],
          [13.002, 55.602],
          [13.002, 55.6],
          [13.0, 55.602],
          [13.0, 55.6],
        ],
      ],
    };
    const refused = await ctx.planner.send('POST', '/api/districts/preview/summary', { geometry: bowTie });
    expect(refused.status).toBe(422);
    expect(refused.body.error.details.problem).toBe('self-intersection');
  });

  it('exports the stakeholder list as CSV that Excel opens with å, ä, ö (planners only)', async () => {
    expect((await anonymous(ctx.app).get(`/api/districts/${id}/stakeholders.csv`)).status).toBe(401);
    const res = await ctx.app.request(`/api/districts/${id}/stakeholders.csv`, {
      headers: { Cookie: ctx.planner.cookie },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/csv');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.slice(3));
    const [header, ...rows] = text.trimEnd().split('\r\n');
    expect(header).toBe(
      'Fastighet;Andel inom området;Kantfastighet;Intressent;Typ;Roll;Ägarandel;Org.nr;Engagemang;Personuppgift;Lokal;Verksamhet',
    );
    const { body: parcels } = await ctx.planner.get(`/api/districts/${id}/parcels`);
    const expectedRows = parcels.features.reduce(
      (n: number, f: any) => n + f.properties.owners.length + f.properties.tenants.length,
      0,
    );
    expect(rows.length).toBe(expectedRows);
    expect(rows.every((r) => r.split(';').length >= 12)).toBe(true);
    expect(text).toContain(parcels.features[0].properties.designation);
    // Words and percentages, not the database's codes and fractions.
    const owner = rows.map((r) => r.split(';')).find((r) => r[5] === 'Ägare')!;
    expect(owner[1]).toMatch(/^\d+(,\d)? %$/);
    expect(owner[6]).toMatch(/^\d+(,\d)? %$/);
    expect(['Fastighetsägare', 'Kommunal förvaltning', 'Näringsidkare', 'Förening']).toContain(owner[4]);
    expect(['Identifierad', 'Kontaktad', 'Avsiktsförklaring', 'Medlem / medfinansiär', 'Styrgrupp']).toContain(
      owner[8],
    );
    expect(text).not.toMatch(/;(property-owner|identified|contacted|steering-group);/);

    const english = await ctx.planner.get(`/api/districts/${id}/stakeholders.csv?lang=en`);
    expect(english.text.replace('\uFEFF', '').split('\r\n')[0]).toBe(
      'Parcel;Share inside the district;Edge parcel;Stakeholder;Type;Role;Ownership share;Org. no.;Engagement;Personal data;Premises;Business',
    );
    expect((await ctx.planner.get(`/api/districts/${id}/stakeholders.csv?lang=fi`)).status).toBe(400);
  });
});
