import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { area, booleanIntersects, bboxPolygon } from '@turf/turf';
import type { Feature, Polygon } from 'geojson';
import { expectErrorShape, seededApp } from '../support/seededDb';
import { signedIn } from '../support/session';

// Around Stortorget in Malmö: a town-centre viewport.
const STORTORGET_BBOX = '12.995,55.602,13.006,55.608';

let env: Awaited<ReturnType<typeof seededApp>>;
/** Vacancies are the planners' to see (an unlisted one shows no status to anyone else). */
let planner: Awaited<ReturnType<typeof signedIn>>;
beforeAll(async () => {
  env = await seededApp();
  planner = await signedIn(env.app, env.db);
});
afterAll(() => env.cleanup());

describe('the map of Malmö city centre through the API', () => {
  it('reports health', async () => {
    const res = await env.get('/api/health');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ ok: true, abandonedReads: expect.any(Number) });
  });

  it('serves the seeded city-centre BID district with a valid boundary', async () => {
    const { status, body } = await env.get('/api/districts');
    expect(status).toBe(200);
    expect(body.type).toBe('FeatureCollection');
    expect(body.features.length).toBeGreaterThanOrEqual(1);
    const district = body.features[0];
    expect(typeof district.id).toBe('string');
    expect(district.properties.type).toBe('city-centre');
    expect(district.geometry.type).toBe('Polygon');
    // The stored area is what turf computes from the returned boundary.
    expect(district.properties.areaM2).toBeCloseTo(area(district.geometry), -1);
    expect(district.properties.areaM2).toBeGreaterThan(200_000);
  });

  it('returns the parcels in a viewport, each with a stable id, a designation and its area', async () => {
    const first = await env.get(`/api/parcels?bbox=${STORTORGET_BBOX}`);
    expect(first.status).toBe(200);
    const features = first.body.features as Feature<Polygon, { id: string; designation: string; areaM2: number }>[];
    expect(features.length).toBeGreaterThan(20);
    const view = bboxPolygon(STORTORGET_BBOX.split(',').map(Number) as [number, number, number, number]);
    for (const f of features) {
      expect(f.id).toBe(f.properties.id);
      expect(f.properties.designation).toMatch(/^Malmö \S/);
      expect(f.properties.areaM2).toBeCloseTo(area(f), -1);
      expect(booleanIntersects(f, view)).toBe(true);
    }
    const again = await env.get(`/api/parcels?bbox=${STORTORGET_BBOX}`);
    expect(again.body.features.map((f: Feature) => f.id)).toEqual(features.map((f) => f.id));
  });

  it('returns no parcels for a viewport over open sea', async () => {
    const { status, body } = await env.get('/api/parcels?bbox=12.80,55.62,12.82,55.63');
    expect(status).toBe(200);
    expect(body.features).toEqual([]);
  });

  it('gzips responses for clients that accept it', async () => {
    const res = await env.app.request(`/api/parcels?bbox=${STORTORGET_BBOX}`, {
      headers: { 'Accept-Encoding': 'gzip' },
    });
    expect(res.headers.get('content-encoding')).toBe('gzip');
  });

  it('shows one parcel with its owners and premises', async () => {
    const list = await env.get(`/api/parcels?bbox=${STORTORGET_BBOX}`);
    const details = await Promise.all(
      list.body.features.slice(0, 30).map((f: Feature) => env.get(`/api/parcels/${f.id}`)),
    );
    for (const d of details) {
      expect(d.status).toBe(200);
      expect(d.body.owners.length).toBeGreaterThanOrEqual(1);
      const shares = d.body.owners.reduce((s: number, o: { share: number }) => s + o.share, 0);
      expect(shares).toBeCloseTo(1, 6);
    }
    expect(details.some((d) => d.body.premises.length > 0)).toBe(true);
  });

  it('serves the real eating places of Malmö as premises, with names from OpenStreetMap', async () => {
    const { body } = await planner.get('/api/premises?bbox=12.89,55.55,13.04,55.62');
    const real = body.features.filter((f: { properties: { generated: boolean } }) => !f.properties.generated);
    // 938 OSM features, less 11 outdoor-seating areas that are no premises.
    expect(real.length).toBe(927);
    const names = real.map((f: { properties: { name: string } }) => f.properties.name);
    expect(names).toContain('Spoonery');
  });

  it('filters premises to the vacant ones', async () => {
    const all = await planner.get(`/api/premises?bbox=${STORTORGET_BBOX}`);
    const vacant = await planner.get(`/api/premises?bbox=${STORTORGET_BBOX}&status=vacant`);
    expect(vacant.status).toBe(200);
    const expected = all.body.features
      .filter((f: { properties: { status: string } }) => f.properties.status === 'vacant')
      .map((f: Feature) => f.id);
    expect(expected.length).toBeGreaterThan(0);
    expect(vacant.body.features.map((f: Feature) => f.id).sort()).toEqual(expected.sort());
  });

  it('shows one premises with its status history', async () => {
    const vacant = await planner.get(`/api/premises?bbox=${STORTORGET_BBOX}&status=vacant`);
    const id = vacant.body.features[0].id;
    const { status, body } = await planner.get(`/api/premises/${id}`);
    expect(status).toBe(200);
    expect(body.properties.status).toBe('vacant');
    expect(body.history[0]).toMatchObject({ status: 'vacant', to: null, from: body.properties.statusSince });
  });

  it('labels what is generated and what is real open data', async () => {
    const { body } = await env.get('/api/sources');
    const byId = Object.fromEntries(body.sources.map((s: { id: string; generated: boolean }) => [s.id, s.generated]));
    expect(byId['osm-malmo-eating-places']).toBe(false);
    expect(byId['kodapan-municipalities']).toBe(false);
    expect(byId.generated).toBe(true);
    const parcels = await env.get(`/api/parcels?bbox=${STORTORGET_BBOX}`);
    expect(parcels.body.features.every((f: { properties: { generated: boolean } }) => f.properties.generated)).toBe(
      true,
    );
  });
});

describe('personal data stays out of the public API', () => {
  it("never returns a private owner's name, e-mail or phone", async () => {
    const row = await env.db.one<{ parcel_id: string; name: string; email: string; phone: string }>(
      `SELECT o.parcel_id, s.name, s.email, s.phone FROM parcel_owners o JOIN stakeholders s ON s.id = o.stakeholder_id
       WHERE s.is_private_person LIMIT 1`,
    );
    expect(row).toBeDefined();
    const { body, text } = await env.get(`/api/parcels/${row!.parcel_id}`);
    const owner = body.owners.find((o: { isPrivatePerson: boolean }) => o.isPrivatePerson);
    expect(owner.name).toBeNull();
    expect(text).not.toContain(row!.name);
    expect(text).not.toContain(row!.email);
    expect(text).not.toContain(row!.phone);
  });
});

describe('bad input gets a clear 4xx, never a 500', () => {
  const cases: [string, number][] = [
    ['/api/parcels', 400],
    ['/api/parcels?bbox=abc', 400],
    ['/api/parcels?bbox=1,2,3', 400],
    ['/api/parcels?bbox=13,55,12,56', 400],
    ['/api/parcels?bbox=-200,55,12,56', 400],
    ['/api/parcels?bbox=1,2,3,4,5', 400],
    ['/api/premises?bbox=12.9,55.5,13,55.6&status=closed', 400],
    ['/api/premises?bbox=12.9,55.5,13,55.6&kind=castle', 400],
    ['/api/parcels/no-such-parcel', 404],
    ['/api/premises/no-such-premises', 404],
    ['/api/basemap/lava?bbox=12.9,55.5,13,55.6', 400],
    ['/api/no-such-endpoint', 404],
  ];
  it.each(cases)('%s → %i with the error shape', async (path, expected) => {
    const { status, body } = await env.get(path);
    expect(status).toBe(expected);
    expectErrorShape(body);
  });
});
