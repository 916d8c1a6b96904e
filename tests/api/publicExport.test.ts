import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { createApp } from '../../server/app';
import { seededDb } from '../support/seededDb';
import { anonymous, signedIn } from '../support/session';
import { readArchive } from '../support/pmtilesReader';
import { PNG } from 'pngjs';
import { setListingPhoto } from '../../server/store/ownerPortal';

let env: Awaited<ReturnType<typeof seededDb>>;
let app: ReturnType<typeof createApp>['app'];
let webRoot: string;
beforeAll(async () => {
  env = await seededDb();
  // The export copies whatever web app is built; here a page and one asset stand for it.
  webRoot = join(env.dir, 'web');
  mkdirSync(join(webRoot, 'assets'), { recursive: true });
  copyFileSync('web/index.html', join(webRoot, 'index.html'));
  writeFileSync(join(webRoot, 'assets', 'app.js'), 'console.log("app")');
  app = createApp({ db: env.db, webRoot }).app;
});
afterAll(() => env.cleanup());

const ZIP = '/api/places/stockholm-city/public-export.zip';

describe('the public map as a zip of static files', () => {
  it('is made for planners only', async () => {
    expect((await anonymous(app).get(ZIP)).status).toBe(401);
    const owner = await signedIn(app, env.db, 'owner', { email: 'o@x.example', name: 'O', password: 'ägar-lösen-123' });
    expect((await owner.get(ZIP)).status).toBe(403);
  });

  it('holds the page, one PMTiles archive of the base map and the same public answers as the API', async () => {
    const planner = await signedIn(app, env.db);
    const res = await app.request(ZIP, { headers: { Cookie: planner.cookie } });
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toBe('application/zip');
    expect(res.headers.get('Content-Disposition')).toContain('stockholm-city-publik-karta.zip');
    const zipped = unzipSync(new Uint8Array(await res.arrayBuffer()));
    const files = Object.fromEntries(
      Object.entries(zipped).map(([path, bytes]) => [path.replace(/^stockholm-city-publik-karta\//, ''), bytes]),
    );
    expect(Object.keys(files).sort()).toEqual([
      'assets/app.js',
      'data/config.json',
      'data/public/actions.json',
      'data/public/footfall.json',
      'data/public/vacancies.json',
      'index.html',
      'stockholm-city.pmtiles',
    ]);

    const page = strFromU8(files['index.html']);
    expect(page).not.toContain('<base');
    expect(page).toContain('<title>Stockholm City – Platsatlas</title>');
    expect(page).toMatch(
      /<meta name="platsatlas-export" content="\{&quot;archive&quot;:&quot;stockholm-city.pmtiles&quot;/,
    );

    const json = (path: string) => JSON.parse(strFromU8(files[path]));
    for (const answer of ['actions', 'vacancies', 'footfall']) {
      const live = await anonymous(app).get(`/api/public/${answer}?place=stockholm-city`);
      expect(json(`data/public/${answer}.json`), answer).toEqual(live.body);
    }
    expect(json('data/public/actions.json').actions.length).toBeGreaterThan(3);
    expect(json('data/config.json')).toEqual((await anonymous(app).get('/api/config?place=stockholm-city')).body);

    const archive = readArchive(files['stockholm-city.pmtiles']);
    const header = await archive.header();
    expect([header.minZoom, header.maxZoom]).toEqual([5, 16]);
    expect(header.tileType).toBe(1); // MVT
    expect(((await archive.metadata()) as { vector_layers: { id: string }[] }).vector_layers.map((l) => l.id)).toEqual([
      'land',
      'streets',
      'places',
      'buildings',
    ]);
    // Hötorget at z15 (x 18028, y 9635): the real buildings and named streets, read back by the PMTiles reader.
    const tile = (await archive.tile(15, 18028, 9635))!;
    expect(tile.layers.buildings.length).toBeGreaterThan(20);
    const streets = Array.from({ length: tile.layers.streets.length }, (_, i) => tile.layers.streets.feature(i));
    expect(streets.map((f) => f.properties.name)).toContain('Kungsgatan');
    // The place names the base map labels, zoomed out over the city.
    const city = (await archive.tile(12, 2253, 1204))!; // Hötorget at z12
    const places = Array.from({ length: city.layers.places?.length ?? 0 }, (_, i) => city.layers.places.feature(i));
    expect(places.map((f) => f.properties.name)).toContain('Norrmalm');
    expect(await archive.tile(15, 0, 0)).toBeNull();
  });

  it("carries a listing's photo beside the JSON, named by its type", async () => {
    const { vacancies } = (await anonymous(app).get('/api/public/vacancies?place=stockholm-city')).body;
    const listed = vacancies[0].id as string;
    const png = PNG.sync.write(new PNG({ width: 3, height: 2 }));
    await setListingPhoto(env.db, listed, { bytes: png, type: 'image/png' }, 'test');
    const planner = await signedIn(app, env.db, 'planner', {
      email: 'p3@x.example',
      name: 'P',
      password: 'planer-lösen-123',
    });
    const res = await app.request(ZIP, { headers: { Cookie: planner.cookie } });
    const zipped = unzipSync(new Uint8Array(await res.arrayBuffer()));
    const photo = zipped[`stockholm-city-publik-karta/data/public/vacancies/${encodeURIComponent(listed)}/photo.png`];
    expect(photo).toEqual(new Uint8Array(png));
    const json = JSON.parse(strFromU8(zipped['stockholm-city-publik-karta/data/public/vacancies.json']));
    expect(json.vacancies.find((v: { id: string }) => v.id === listed).photoType).toBe('image/png');
  });

  it('says so when the place does not exist', async () => {
    const planner = await signedIn(app, env.db, 'planner', {
      email: 'p2@x.example',
      name: 'P',
      password: 'planer-lösen-123',
    });
    const res = await planner.get('/api/places/atlantis/public-export.zip');
    expect(res.status).toBe(404);
    expect(res.body.error.message).toContain('atlantis');
  });
});
