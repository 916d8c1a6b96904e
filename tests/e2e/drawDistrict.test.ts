import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  axeViolations,
  DESKTOP,
  E2E_PLANNER,
  openTab,
  project,
  screenshotOnFailure,
  signInThroughUi,
  startBrowserApp,
  startWithPlanner,
  waitForMapIdle,
} from '../support/browserApp';
import { tilesCovering } from '../../server/tiles/tileMath';

let app: Awaited<ReturnType<typeof startBrowserApp>>;
let page: Page;
const PLANNER = E2E_PLANNER;

beforeAll(async () => {
  ({ app, page } = await startWithPlanner({ width: 1400, height: 900 }));
});
afterEach(async (ctx) => {
  await screenshotOnFailure(page, ctx.task.name, ctx.task.result?.state === 'fail');
});
afterAll(async () => {
  await app.close();
});

const api = async (path: string) => (await fetch(`${app.server.url}${path}`)).json();

/** Clicks as a person does: the pointer moves there first (terra-draw follows the pointer). */
async function clickAt(x: number, y: number) {
  await page.mouse.move(x, y, { steps: 4 });
  await page.mouse.click(x, y);
}

async function drawPolygon(points: [number, number][]) {
  await page.getByRole('button', { name: 'Rita nytt område' }).click();
  await expect.poll(() => page.getAttribute('.app', 'data-drawing')).toBe('drawing');
  for (const [x, y] of points) await clickAt(x, y);
  await clickAt(points[0][0], points[0][1]); // the first point closes the ring
  await expect.poll(() => page.getAttribute('.app', 'data-drawing')).toBe('editing');
}

describe('a planner draws a BID district around blocks south of Stortorget', () => {
  it('signs in', async () => {
    await page.goto(`${app.server.url}/p/malmo-centrum/#16.6/55.6033/13.0015`);
    await page.waitForSelector('[data-parcels-loaded="true"]', { state: 'attached' });
    await waitForMapIdle(page);
    await signInThroughUi(page, PLANNER);
    await expect.poll(() => page.getByTestId('signed-in-as').textContent()).toContain('Petra Planerare');
  });

  it('draws, sees live figures, saves, and gets the parcel list with owners', async () => {
    await drawPolygon([
      [500, 300],
      [900, 300],
      [900, 650],
      [500, 650],
    ]);
    const figures = await page.getByTestId('draw-figures').textContent();
    expect(figures).toMatch(/Yta\s*[\d\s]+ m² \([\d,]+ ha\)/);
    expect(figures).toMatch(/Omkrets\s*[\d\s]+ m/);
    // Before saving: what the boundary holds, counted as the saved district will be.
    const inside = page.getByTestId('draw-inside');
    // Counted for the closed shape, not still the figures of the last vertex's.
    await expect.poll(() => inside.locator('dd').getAttribute('aria-busy')).toBe('false');
    expect(await inside.textContent()).toMatch(/Inuti\s*\d+ fastigheter · \d+ ägare · \d+ lokaler, \d+ tomma/);
    const drawnParcels = Number((await inside.textContent())!.match(/(\d+) fastigheter/)![1]);
    expect(await page.getByTestId('snap-hint').count()).toBe(0); // zoomed in: parcels are there to snap to
    expect(await axeViolations(page)).toEqual([]); // the draw panel, mid-drawing
    await page.getByLabel('Namn').fill('Kvarteren söder om Stortorget');
    await page.getByLabel('Ändringsanteckning').fill('Första avgränsningen');
    await page.getByRole('button', { name: 'Spara området' }).click();

    await page.getByTestId('kpis').waitFor();
    const saved = (await api('/api/districts')).features.find(
      (f: { properties: { name: string } }) => f.properties.name === 'Kvarteren söder om Stortorget',
    );
    expect(saved.properties.version).toBe(1);
    const parcels = await api(`/api/districts/${saved.id}/parcels`);
    const insideCount = parcels.features.filter((f: { properties: { edge: boolean } }) => !f.properties.edge).length;
    expect(insideCount).toBeGreaterThan(5);
    expect(drawnParcels).toBe(insideCount); // the count while drawing is the saved district's
    await openTab(page, 'Register');
    await page.getByLabel('Kantfastigheter').selectOption('exclude');
    await expect
      .poll(() => page.getByTestId('register-count').textContent())
      .toContain(`${insideCount} av ${parcels.features.length} fastigheter`);
    const first = await page.getByTestId('register').locator('tbody tr[data-parcel]').first().textContent();
    expect(first).toMatch(/\d+ %/);
    expect(parcels.features[0].properties.owners.length).toBeGreaterThan(0);
    await openTab(page, 'Översikt');
  });

  it('moves one vertex, saves again, and finds two versions in the history', async () => {
    const district = (await api('/api/districts')).features.find(
      (f: { properties: { name: string } }) => f.properties.name === 'Kvarteren söder om Stortorget',
    );
    // The north-east corner as saved (snapping may have moved it onto a parcel corner).
    const corner = (district.geometry.coordinates[0] as [number, number][]).reduce((a, b) =>
      b[0] + b[1] > a[0] + a[1] ? b : a,
    );
    // The district's vector tile at the corner, as a reader's cache holds it.
    const [tile] = tilesCovering([corner[0], corner[1], corner[0], corner[1]], 15);
    const tileUrl = `${app.server.url}/api/tiles/districts/${tile.z}/${tile.x}/${tile.y}.mvt`;
    const tileBefore = await page.request.get(tileUrl);
    expect(tileBefore.status()).toBe(200);
    const etag = tileBefore.headers()['etag'];

    await page.getByRole('button', { name: 'Ändra gräns' }).click();
    await expect.poll(() => page.getAttribute('.app', 'data-drawing')).toBe('editing');
    const at = await project(page, corner);
    await page.mouse.move(at.x, at.y, { steps: 4 });
    await page.mouse.down();
    await page.mouse.move(at.x + 80, at.y - 60, { steps: 8 });
    await page.mouse.up();
    await page.getByLabel('Ändringsanteckning').fill('Hörnet mot torget togs med');
    await page.getByRole('button', { name: 'Spara ny version' }).click();

    const history = page.getByTestId('version-history');
    await expect.poll(() => history.locator('li').count()).toBe(2);
    expect(await history.textContent()).toContain('Hörnet mot torget togs med');
    const saved = (await api('/api/districts')).features.find(
      (f: { properties: { name: string } }) => f.properties.name === 'Kvarteren söder om Stortorget',
    );
    const versions = await api(`/api/districts/${saved.id}/versions`);
    expect(versions.features.map((f: { properties: { version: number } }) => f.properties.version)).toEqual([2, 1]);
    expect(versions.features[0].properties.areaM2).toBeGreaterThan(versions.features[1].properties.areaM2);

    // The next view has the new boundary: the map's districts, and the tile cut anew (not the cached one).
    const drawnVersion = () =>
      page.evaluate(
        (id) =>
          window
            .__platsatlas!.map.querySourceFeatures('parcels', { sourceLayer: 'districts' })
            .find((f) => f.properties?.id === id)?.properties?.version,
        saved.id,
      );
    await expect.poll(drawnVersion).toBe(2);
    const tileAfter = await page.request.get(tileUrl, { headers: { 'If-None-Match': etag } });
    expect(tileAfter.status()).toBe(200);
    expect(tileAfter.headers()['etag']).not.toBe(etag);
  });

  it('opens an owner from the parcel list, moves them up the engagement ladder and logs a contact', async () => {
    await openTab(page, 'Register');
    await page.getByTestId('register').locator('tbody tr[data-parcel] button').first().click();
    const panel = page.getByTestId('side-panel');
    await panel.locator('[data-testid="owners"] button').first().click();
    await page.getByLabel('Engagemang').waitFor();
    const stakeholderName = await panel.locator('h2').textContent();
    await page.getByLabel('Engagemang').selectOption('letter-of-intent');
    await page.getByLabel('Vad hände?').fill('Avsiktsförklaringen undertecknad på mötet.');
    await page.getByRole('button', { name: 'Lägg till kontakt' }).click();
    await expect
      .poll(() => page.getByTestId('contact-log').textContent())
      .toContain('Avsiktsförklaringen undertecknad');

    // The server holds it: the district's parcel list shows the new step for this owner.
    const saved = (await api('/api/districts')).features.find(
      (f: { properties: { name: string } }) => f.properties.name === 'Kvarteren söder om Stortorget',
    );
    const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
    const parcels = await (
      await fetch(`${app.server.url}/api/districts/${saved.id}/parcels`, { headers: { Cookie: cookie } })
    ).json();
    const owner = parcels.features
      .flatMap((f: { properties: { owners: { name: string; engagementStep: string }[] } }) => f.properties.owners)
      .find((o: { name: string }) => o.name === stakeholderName);
    expect(owner.engagementStep).toBe('letter-of-intent');
    await page.getByRole('button', { name: 'Stäng' }).click();
  });

  it('refuses a bow-tie: the problem is shown and nothing is saved', async () => {
    const before = (await api('/api/districts')).features.length;
    await drawPolygon([
      [450, 320],
      [850, 620],
      [850, 320],
      [450, 620],
    ]);
    const problem = page.getByTestId('boundary-problem');
    await problem.waitFor();
    expect(await problem.textContent()).toMatch(/korsar sig själv/);
    expect(await page.getByRole('button', { name: 'Spara området' }).isDisabled()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getAttribute('.app', 'data-drawing')).toBe('idle');
    expect((await api('/api/districts')).features.length).toBe(before);
  });

  it('undoes a closed boundary one vertex at a time, and redoes it', async () => {
    await drawPolygon([
      [520, 320],
      [880, 320],
      [880, 620],
      [700, 690],
      [520, 620],
    ]);
    const area = () => page.getByTestId('draw-figures').locator('dd').first().textContent();
    const closed = await area();
    expect(closed).toMatch(/m²/);
    // The first Ctrl+Z after closing takes the last vertex, not the boundary.
    await page.keyboard.press('Control+z');
    await expect.poll(area).not.toBe(closed);
    const fourCorners = await area();
    expect(fourCorners).toMatch(/m²/); // still a boundary, one corner fewer
    expect(await page.getAttribute('.app', 'data-drawing')).toBe('editing');
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(area).toBe(closed);
    // Back to four, then three corners: still a boundary to edit.
    await page.keyboard.press('Control+z');
    await expect.poll(area).toBe(fourCorners);
    await page.keyboard.press('Control+z');
    await expect.poll(area).not.toBe(fourCorners);
    expect(await page.getAttribute('.app', 'data-drawing')).toBe('editing');
    // With three left, one more undo starts the drawing over.
    await page.getByRole('button', { name: 'Ångra' }).click();
    await expect.poll(() => page.getAttribute('.app', 'data-drawing')).toBe('drawing');
    expect(await area()).toBe('–');
    // The draw panel on a phone too.
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await axeViolations(page)).toEqual([]);
    await page.setViewportSize(DESKTOP);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getAttribute('.app', 'data-drawing')).toBe('idle');
  });
});
