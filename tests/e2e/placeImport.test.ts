import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import {
  E2E_PLANNER,
  openTab,
  project,
  screenshotOnFailure,
  signInThroughUi,
  startWithPlanner,
  type startBrowserApp,
  waitForMapIdle,
} from '../support/browserApp';
import { parcelFiles } from '../support/parcelFiles';

/**
 * A centrumledare from Kristinehamn: creates the place, imports the municipality's parcels
 * (GeoPackage, SWEREF 99 TM), their owners (CSV) and an OpenStreetMap extract through the page,
 * sees them on the map, draws a district over them and gets its stakeholders.
 */
let app: Awaited<ReturnType<typeof startBrowserApp>>;
let page: Page;
const dir = mkdtempSync(join(tmpdir(), 'platsatlas-e2e-place-'));
let centre: [number, number];

beforeAll(async () => {
  ({ app, page } = await startWithPlanner());
});
afterEach(async (ctx) => {
  await screenshotOnFailure(page, ctx.task.name, ctx.task.result?.state === 'fail');
});
afterAll(async () => {
  await app.close();
  rmSync(dir, { recursive: true, force: true });
});

const api = async (path: string) => (await fetch(`${app.server.url}${path}`)).json();

describe('a planner brings Kristinehamn centrum on its own data', () => {
  it('creates the place from its name and lands on its (still empty) map', async () => {
    await page.goto(app.server.url);
    await waitForMapIdle(page);
    await signInThroughUi(page, E2E_PLANNER);
    await page.goto(`${app.server.url}/places`);
    await page.getByLabel('Ny plats').fill('Kristinehamn centrum');
    await page.getByRole('button', { name: 'Skapa plats' }).click();
    await page.waitForURL(/\/p\/kristinehamn-centrum\/$/);
    await waitForMapIdle(page);
    expect(await page.locator('.app-header').textContent()).toContain('Kristinehamn centrum');
    expect(await page.locator('.app-header').textContent()).toContain('Inga gator eller byggnader inlästa');
    const place = (await api('/api/places')).places.find((p: { id: string }) => p.id === 'kristinehamn-centrum');
    centre = [(place.bbox[0] + place.bbox[2]) / 2, (place.bbox[1] + place.bbox[3]) / 2];
  });

  it('previews the parcels (GeoPackage in SWEREF 99 TM), then stores them', async () => {
    const files = parcelFiles('Kristinehamn Vägmästaren', centre);
    const gpkg = join(dir, 'fastigheter.gpkg');
    writeFileSync(gpkg, await files.geopackage(3006));
    await page.getByText('Läs in platsens data').first().click();
    await page.getByLabel('Fil att läsa in').setInputFiles(gpkg);
    const report = page.getByTestId('place-import-report');
    await expect.poll(() => report.textContent()).toContain('3 nya och 0 ersatta fastigheter (GeoPackage, EPSG:3006');
    expect(
      (
        await api(
          '/api/parcels?bbox=' + [centre[0] - 0.01, centre[1] - 0.01, centre[0] + 0.01, centre[1] + 0.01].join(','),
        )
      ).features,
    ).toHaveLength(0);
    await page.getByRole('button', { name: 'Spara i platsen' }).click();
    await page.getByText('Sparat.').waitFor();
    expect(
      (
        await api(
          '/api/parcels?bbox=' + [centre[0] - 0.01, centre[1] - 0.01, centre[0] + 0.01, centre[1] + 0.01].join(','),
        )
      ).features,
    ).toHaveLength(3);
  });

  it("imports the parcels' owners from a CSV keyed by designation", async () => {
    const csv = join(dir, 'agare.csv');
    writeFileSync(
      csv,
      [
        'Fastighetsbeteckning;Lagfaren ägare;Organisationsnummer;Andel',
        'Kristinehamn Vägmästaren 1;Kristinehamns kommun;212000-1850;1/1',
        'Kristinehamn Vägmästaren 2;Fastighets AB Vågen;556012-3456;1/2',
        'Kristinehamn Vägmästaren 2;Kristinehamns kommun;212000-1850;1/2',
        'Kristinehamn Vägmästaren 3;Fastighets AB Vågen;556012-3456;',
      ].join('\r\n'),
    );
    await page.getByLabel('Fil att läsa in').setInputFiles(csv);
    await expect
      .poll(() => page.getByTestId('place-import-report').textContent())
      .toContain('Ägare till 3 fastigheter: 2 nya och 0 kända ägare');
    await page.getByRole('button', { name: 'Spara i platsen' }).click();
    await page.getByText('Sparat.').waitFor();
  });

  it('imports an OpenStreetMap extract of the centre: the map gets its building and street', async () => {
    const [x, y] = centre;
    const node = (id: number, lon: number, lat: number, tags = '') =>
      `<node id="${id}" lon="${lon}" lat="${lat}">${tags}</node>`;
    const xml = `<?xml version="1.0"?><osm version="0.6">
      ${node(1, x, y)}${node(2, x + 0.002, y)}${node(3, x + 0.002, y + 0.0005)}${node(4, x, y + 0.0005)}
      ${node(5, x + 0.0003, y + 0.0002, '<tag k="shop" v="books"/><tag k="name" v="Bokhandeln"/>')}
      <way id="10"><nd ref="1"/><nd ref="2"/><nd ref="3"/><nd ref="4"/><nd ref="1"/><tag k="building" v="retail"/></way>
      <way id="11"><nd ref="4"/><nd ref="3"/><tag k="highway" v="pedestrian"/><tag k="name" v="Kungsgatan"/></way>
    </osm>`;
    const file = join(dir, 'kristinehamn.osm');
    writeFileSync(file, xml);
    await page.getByLabel('Fil att läsa in').setInputFiles(file);
    await expect.poll(() => page.getByTestId('place-import-report').textContent()).toContain('1 byggnader, 1 gator');
    await page.getByRole('button', { name: 'Spara i platsen' }).click();
    await page.getByText('Sparat.').waitFor();
    expect((await api('/api/config?place=kristinehamn-centrum')).provenance).toMatchObject({
      buildings: 'real',
      streets: 'real',
    });
    // The open map draws them at once, though it had fetched the place's (empty) base map before.
    await page.evaluate(
      ([lon, lat]) => window.__platsatlas!.map.jumpTo({ center: [lon, lat], zoom: 17 }),
      [x + 0.001, y + 0.0002],
    );
    await expect
      .poll(
        () =>
          page.evaluate(
            () => window.__platsatlas!.map.querySourceFeatures('buildings', { sourceLayer: 'buildings' }).length,
          ),
        {
          timeout: 10_000,
        },
      )
      .toBeGreaterThan(0);
  });

  it('draws a district over the parcels and gets them listed with their owners', async () => {
    await page.goto(`${app.server.url}/p/kristinehamn-centrum/#17/${centre[1] + 0.0001}/${centre[0] + 0.001}`);
    await page.waitForSelector('[data-parcels-loaded="true"]', { state: 'attached' });
    await waitForMapIdle(page);
    const sw = await project(page, [centre[0] - 0.0005, centre[1] - 0.0003]);
    const ne = await project(page, [centre[0] + 0.0025, centre[1] + 0.0008]);
    await page.getByRole('button', { name: 'Rita nytt område' }).click();
    await expect.poll(() => page.getAttribute('.app', 'data-drawing')).toBe('drawing');
    const corners: [number, number][] = [
      [sw.x, ne.y],
      [ne.x, ne.y],
      [ne.x, sw.y],
      [sw.x, sw.y],
      [sw.x, ne.y],
    ];
    for (const [px, py] of corners) {
      await page.mouse.move(px, py, { steps: 4 });
      await page.mouse.click(px, py);
    }
    await expect.poll(() => page.getAttribute('.app', 'data-drawing')).toBe('editing');
    await page.getByLabel('Namn').fill('Kristinehamn city');
    await page.getByRole('button', { name: 'Spara området' }).click();
    await expect.poll(() => page.getByTestId('side-panel').textContent()).toMatch(/Ägare\s*2/);
    await openTab(page, 'Register');
    const list = page.getByTestId('register');
    await expect.poll(() => list.textContent()).toContain('Vägmästaren 1');
    const text = await list.textContent();
    expect(text).toContain('Vägmästaren 3');
    expect(text).toContain('Kristinehamns kommun');
    expect(text).toContain('Fastighets AB Vågen');
    // The table leaves out the municipality all rows share; the full designation is the button's title.
    expect(await list.locator('button[title^="Kristinehamn Vägmästaren 1 "]').count()).toBe(1);
  });

  it('calls nothing of its own data generated: the layer list, and the public page', async () => {
    const badges = await page.locator('.layer-list .badge').allTextContents();
    expect(badges).toContain('Verkliga data');
    expect(badges).not.toContain('Genererad');
    await page.goto(`${app.server.url}/p/kristinehamn-centrum/public`);
    await page.locator('#public-title').waitFor();
    expect(await page.locator('main').textContent()).not.toContain('genererade');
  });
});
