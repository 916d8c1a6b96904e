import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gunzipSync } from 'node:zlib';
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { expectErrorShape } from '../support/seededDb';
import { seededAppWithPlanner } from '../support/session';

let ctx: Awaited<ReturnType<typeof seededAppWithPlanner>>;
beforeAll(async () => {
  ctx = await seededAppWithPlanner();
});
afterAll(() => ctx.cleanup());

// Hötorget in Stockholm City, the demo's default place.
const HOTORGET: [number, number] = [18.0635, 59.3345];

/** The slippy-map tile holding a point (the OSM wiki's formula). */
function tileAt([lon, lat]: [number, number], z: number) {
  const n = 2 ** z;
  const rad = (lat * Math.PI) / 180;
  return {
    z,
    x: Math.floor(((lon + 180) / 360) * n),
    y: Math.floor(((1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2) * n),
  };
}

async function fetchTile(path: string, headers: Record<string, string> = {}) {
  const res = await ctx.app.request(path, { headers: { 'Accept-Encoding': 'gzip', ...headers } });
  const bytes = new Uint8Array(await res.arrayBuffer());
  const raw = res.headers.get('Content-Encoding') === 'gzip' ? gunzipSync(bytes) : bytes;
  return { res, bytes, tile: raw.length ? new VectorTile(new PbfReader(raw)) : null };
}

function featuresOf(tile: VectorTile | null, layer: string) {
  const l = tile?.layers[layer];
  return l ? Array.from({ length: l.length }, (_, i) => l.feature(i)) : [];
}

const at = (layer: string, { z, x, y }: { z: number; x: number; y: number }, query = '') =>
  `/api/tiles/${layer}/${z}/${x}/${y}.mvt${query}`;

describe('vector tiles', () => {
  it('cuts the parcels of a z15 tile with their designation and nothing about owners', async () => {
    const { res, tile } = await fetchTile(at('parcels', tileAt(HOTORGET, 15)));
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toBe('application/vnd.mapbox-vector-tile');
    expect(res.headers.get('Content-Encoding')).toBe('gzip');
    expect(res.headers.get('ETag')).toMatch(/^"[\w-]+"$/);
    const parcels = featuresOf(tile, 'parcels');
    expect(parcels.length).toBeGreaterThan(20);
    expect(tile!.layers.parcels.extent).toBe(4096);
    for (const f of parcels) {
      expect(f.type).toBe(3);
      expect(Object.keys(f.properties).sort()).toEqual(['areaM2', 'designation', 'generated', 'id']);
    }
    // Every parcel the bbox route finds in the middle of the tile is in the tile.
    const ids = new Set(parcels.map((f) => f.properties.id));
    const middle = `${HOTORGET[0] - 0.0005},${HOTORGET[1] - 0.0003},${HOTORGET[0] + 0.0005},${HOTORGET[1] + 0.0003}`;
    const inBbox = (await ctx.get(`/api/parcels?bbox=${middle}`)).body.features as { id: string }[];
    expect(inBbox.length).toBeGreaterThan(0);
    for (const p of inBbox) expect(ids).toContain(p.id);
  });

  it('answers 304 to a browser that has the tile, and plain bytes to a client without gzip', async () => {
    const path = at('buildings', tileAt(HOTORGET, 16));
    const first = await fetchTile(path);
    expect(first.res.status).toBe(200);
    const etag = first.res.headers.get('ETag')!;
    const again = await ctx.app.request(path, { headers: { 'If-None-Match': etag } });
    expect(again.status).toBe(304);
    expect((await again.arrayBuffer()).byteLength).toBe(0);
    const plain = await ctx.app.request(path);
    expect(plain.headers.get('Content-Encoding')).toBeNull();
    const tile = new VectorTile(new PbfReader(new Uint8Array(await plain.arrayBuffer())));
    expect(tile.layers.buildings.length).toBe(first.tile!.layers.buildings.length);
  });

  it('names the real streets and shows the premises', async () => {
    const streets = featuresOf((await fetchTile(at('streets', tileAt(HOTORGET, 14)))).tile, 'streets');
    expect(streets.map((f) => f.properties.name)).toContain('Kungsgatan');
    const premises = featuresOf((await fetchTile(at('premises', tileAt(HOTORGET, 15)))).tile, 'premises');
    expect(premises.length).toBeGreaterThan(20);
    expect(premises.every((f) => f.type === 1)).toBe(true);
    const vacant = featuresOf((await fetchTile(at('premises', tileAt(HOTORGET, 15), '?vacant=1'))).tile, 'premises');
    expect(vacant.length).toBeLessThan(premises.length);
    expect(vacant.every((f) => f.properties.status === 'vacant')).toBe(true);
  });

  it('lets a browser keep land tiles (MapLibre asks for an over-zoomed one once per child), and revalidate the rest', async () => {
    const land = (await fetchTile(at('land', tileAt(HOTORGET, 14)))).res;
    expect(land.status).toBe(200);
    expect(land.headers.get('Cache-Control')).toBe('public, max-age=86400');
    const parcels = (await fetchTile(at('parcels', tileAt(HOTORGET, 15)))).res;
    expect(parcels.headers.get('Cache-Control')).toBe('public, no-cache');
    const premises = (await fetchTile(at('premises', tileAt(HOTORGET, 15)))).res;
    expect(premises.headers.get('Cache-Control')).toBe('private, no-cache');
  });

  it('answers 204 for a tile with nothing in it, and below a layer’s smallest zoom', async () => {
    // Open water in the Baltic, east of Gotland.
    expect((await fetchTile(at('parcels', tileAt([20.5, 57.5], 14)))).res.status).toBe(204);
    expect((await fetchTile(at('parcels', tileAt(HOTORGET, 6)))).res.status).toBe(204);
  });

  it('refuses addresses that are not on the map, saying why', async () => {
    for (const path of [
      '/api/tiles/parcels/25/0/0.mvt',
      '/api/tiles/parcels/3/8/0.mvt',
      '/api/tiles/parcels/3/0/9.mvt',
      '/api/tiles/parcels/3/-1/0.mvt',
      '/api/tiles/parcels/3/0/0.png',
      '/api/tiles/owners/3/0/0.mvt',
      '/api/tiles/premises/14/0/0.mvt?at=2026-02-30',
    ]) {
      const res = await ctx.get(path);
      expect(res.status, path).toBe(400);
      expectErrorShape(res.body);
    }
    expect((await ctx.get('/api/tiles/parcels/3/8/0.mvt')).body.error.message).toMatch(/från 0 till 7/);
  });

  it('cuts several layers into one tile when asked for together, each its own source-layer', async () => {
    const address = tileAt(HOTORGET, 15);
    const { res, tile } = await fetchTile(at('parcels+districts', address));
    expect(res.status).toBe(200);
    expect(Object.keys(tile!.layers).sort()).toEqual(['districts', 'parcels']);
    const alone = (layer: string) => fetchTile(at(layer, address)).then((r) => featuresOf(r.tile, layer));
    for (const layer of ['parcels', 'districts'])
      expect(featuresOf(tile, layer).map((f) => f.properties.id)).toEqual(
        (await alone(layer)).map((f) => f.properties.id),
      );
    // With the premises in it, the tile differs by who asks: no shared cache may keep it.
    const withPremises = await fetchTile(at('premises+counters', address));
    expect(withPremises.res.headers.get('Cache-Control')).toBe('private, no-cache');
    for (const path of ['parcels+parcels', 'parcels+owners', 'parcels+']) {
      const refused = await ctx.get(at(path, address));
      expect(refused.status, path).toBe(400);
      expectErrorShape(refused.body);
    }
  });

  it("gives each counter its week's figure, written the Swedish way, sized against the year's busiest week", async () => {
    const listed = (await ctx.get('/api/footfall/counters?place=stockholm-city')).body;
    const lastWeek: string = listed.lastWeekStart;
    const weekBefore = new Date(Date.parse(`${lastWeek}T12:00:00Z`) - 7 * 86_400_000).toISOString().slice(0, 10);
    const address = tileAt(HOTORGET, 13);
    const counters = async (query: string) =>
      featuresOf((await fetchTile(at('counters', address, query))).tile, 'counters');
    const shown = await counters('?place=stockholm-city');
    expect(shown.length).toBe(listed.features.length);
    // The year of weeks the scale comes from, as the weekly route sums them.
    const yearFrom = new Date(Date.parse(`${lastWeek}T12:00:00Z`) - 51 * 7 * 86_400_000).toISOString().slice(0, 10);
    const weekEnd = new Date(Date.parse(`${lastWeek}T12:00:00Z`) + 7 * 86_400_000).toISOString().slice(0, 10);
    const year = (await ctx.get(`/api/footfall/weekly?from=${yearFrom}&to=${weekEnd}`)).body;
    const ours = new Set(listed.features.map((f: { id: string }) => f.id));
    const busiest = Math.max(
      ...year.counters.filter((c: { id: string }) => ours.has(c.id)).flatMap((c: { counts: number[] }) => c.counts),
    );
    for (const f of shown) {
      const api = listed.features.find((c: { id: string }) => c.id === f.properties.id);
      expect(Object.keys(f.properties).sort()).toEqual(['count', 'figure', 'generated', 'id', 'name', 'share']);
      expect(f.properties.count).toBe(api.properties.lastWeekCount);
      expect(f.properties.figure).toBe(String(f.properties.count).replace(/\B(?=(\d{3})+$)/g, '\u00a0'));
      expect(f.properties.share).toBeCloseTo(Math.sqrt(Number(f.properties.count) / busiest), 6);
    }
    // Largest first, so a small circle is drawn over a large one.
    const shares = shown.map((f) => Number(f.properties.share));
    expect(shares).toEqual([...shares].sort((a, b) => b - a));
    // The time cursor's week: each counter's count of the week before, on the same scale.
    const before = await counters(`?place=stockholm-city&week=${weekBefore}`);
    for (const f of before) {
      const api = listed.features.find((c: { id: string }) => c.id === f.properties.id);
      expect(f.properties.count).toBe(api.properties.weekBeforeCount);
      expect(f.properties.share).toBeCloseTo(Math.sqrt(Number(f.properties.count) / busiest), 6);
    }
    // A week with no counts: every counter there, with the smallest circle and no figure.
    const empty = await counters('?place=stockholm-city&week=2000-01-03');
    expect(empty.length).toBe(shown.length);
    for (const f of empty) expect(f.properties).not.toHaveProperty('figure');
    expect(empty.every((f) => f.properties.share === 0)).toBe(true);

    const tuesday = await ctx.get(at('counters', address, `?week=2026-10-20`));
    expect(tuesday.status).toBe(400);
    expect(tuesday.body.error.message).toMatch(/måndag/);
    const nowhere = await ctx.get(at('counters', address, '?place=ingen-plats'));
    expect(nowhere.status).toBe(404);
    expectErrorShape(nowhere.body);
  });

  it('names the places in their own layer, for the base map to label', async () => {
    const places = featuresOf((await fetchTile(at('places', tileAt(HOTORGET, 12)))).tile, 'places');
    expect(places.map((f) => f.properties.name)).toEqual(
      expect.arrayContaining(['Stockholm', 'Norrmalm', 'Östermalm']),
    );
    expect(places.find((f) => f.properties.name === 'Stockholm')!.properties.kind).toBe('city');
  });

  it('cuts the district tile again after its boundary is edited', async () => {
    const listed = (await ctx.get('/api/districts?place=stockholm-city')).body.features;
    const district = listed.find((f: { id: string }) => f.id === 'district-stockholm-city');
    const path = at('districts', tileAt(HOTORGET, 14));
    const before = await fetchTile(path);
    const etag = before.res.headers.get('ETag')!;
    const mine = () => featuresOf(before.tile, 'districts').find((f) => f.properties.id === district.id);
    expect(mine()?.properties.version).toBe(district.properties.version);

    // Shrink the district to a small square around Hötorget.
    const [lon, lat] = HOTORGET;
    const square = {
      type: 'Polygon',
      coordinates: [
        [
          [lon - 0.001, lat - 0.0005],
          [lon + 0.001, lat - 0.0005],
          [lon + 0.001, lat + 0.0005],
          [lon - 0.001, lat + 0.0005],
          [lon - 0.001, lat - 0.0005],
        ],
      ],
    };
    const together = at('parcels+districts', tileAt(HOTORGET, 14));
    const togetherBefore = (await fetchTile(together)).res.headers.get('ETag')!;
    const saved = await ctx.planner.send('PUT', `/api/districts/${district.id}/boundary`, { geometry: square });
    expect(saved.status).toBe(201);
    // The tiles that carry the districts with another layer are cut again too.
    expect((await fetchTile(together, { 'If-None-Match': togetherBefore })).res.status).toBe(200);
    const after = await fetchTile(path, { 'If-None-Match': etag });
    expect(after.res.status).toBe(200);
    expect(after.res.headers.get('ETag')).not.toBe(etag);
    const edited = featuresOf(after.tile, 'districts').find((f) => f.properties.id === district.id)!;
    expect(edited.properties.version).toBe(saved.body.version);
    const width = (f: ReturnType<typeof mine>) => {
      const xs = f!
        .loadGeometry()
        .flat()
        .map((p) => p.x);
      return Math.max(...xs) - Math.min(...xs);
    };
    // A z14 tile is 360/2^14 degrees across in 4096 units: the 0.002° square is 373 of them.
    expect(width(mine())).toBeGreaterThan(1000);
    expect(width(edited)).toBeCloseTo((0.002 / (360 / 2 ** 14)) * 4096, -1);
  });
});
