import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { centroid } from '@turf/turf';
import {
  axeViolations,
  coloursOf,
  DESKTOP,
  isMapAt,
  pixelAt,
  project,
  screenshotOnFailure,
  startBrowserApp,
  waitForMapIdle,
  TEST_PAGE,
} from '../support/browserApp';

let app: Awaited<ReturnType<typeof startBrowserApp>>;
let page: Page;
const VIEW = DESKTOP;

beforeAll(async () => {
  app = await startBrowserApp();
  page = await app.browser.newPage({ ...TEST_PAGE, viewport: VIEW });
});
afterEach(async (ctx) => {
  await screenshotOnFailure(page, ctx.task.name, ctx.task.result?.state === 'fail');
});
afterAll(async () => {
  await app.close();
});

const api = async (path: string) => (await fetch(`${app.server.url}${path}`)).json();

/**
 * A parcel on screen with no premises or counter dots on it, well clear of the side panels,
 * so a click there can only hit the parcel.
 */
async function findClearParcel() {
  const b = await page.evaluate(() => window.__platsatlas!.map.getBounds().toArray().flat());
  const parcels = await api(`/api/parcels?bbox=${b.join(',')}`);
  const counters = await api('/api/footfall/counters');
  const counterPoints = await Promise.all(
    counters.features.map((c: { geometry: { coordinates: [number, number] } }) =>
      project(page, c.geometry.coordinates),
    ),
  );
  for (const parcel of parcels.features) {
    const at = await project(page, centroid(parcel).geometry.coordinates as [number, number]);
    if (at.x < 380 || at.x > VIEW.width - 420 || at.y < 80 || at.y > VIEW.height - 80) continue;
    if (counterPoints.some((c) => Math.hypot(c.x - at.x, c.y - at.y) < 50)) continue;
    if (!(await isMapAt(page, at))) continue;
    const detail = await api(`/api/parcels/${parcel.id}`);
    if (detail.premises.length > 0) continue;
    return { parcel, at };
  }
  throw new Error('no clear parcel on screen');
}

describe('the first screen: Stockholm City', () => {
  it('opens on the real buildings and streets of Stockholm City with its demo district', async () => {
    await page.goto(app.server.url);
    await waitForMapIdle(page);
    expect(await page.locator('.app-header').textContent()).toContain('Stockholm City');
    await page.getByRole('button', { name: 'Stockholm City – Hötorget till Östermalmstorg' }).waitFor();
    const [buildings, streets] = await page.evaluate(() => {
      const map = window.__platsatlas!.map;
      const names = map.querySourceFeatures('streets', { sourceLayer: 'streets' }).map((f) => f.properties?.name);
      return [
        map.querySourceFeatures('buildings', { sourceLayer: 'buildings' }).length,
        [...new Set(names.filter(Boolean))],
      ];
    });
    expect(buildings).toBeGreaterThan(100);
    for (const street of ['Kungsgatan', 'Sveavägen', 'Birger Jarlsgatan']) expect(streets).toContain(street);
  });

  it('finds its code and first answers in the page itself, so its first requests are for the map', async () => {
    const shell = await (await fetch(app.server.url)).text();
    expect(shell).toMatch(/<link rel="modulepreload" crossorigin href="\.\/assets\/PlannerMapPage-[\w-]+\.js">/);
    expect(shell).not.toContain('PublicMapPage-');
    const embedded = /<script type="application\/json" id="platsatlas-first-data">(.*?)<\/script>/s.exec(shell)![1];
    expect(JSON.parse(embedded)).toEqual({ config: await api('/api/config'), places: await api('/api/places') });

    const asked: string[] = [];
    const onRequest = (r: { url: () => string }) => asked.push(new URL(r.url()).pathname);
    page.on('request', onRequest);
    await page.goto(app.server.url);
    await waitForMapIdle(page);
    page.off('request', onRequest);
    for (const answered of ['/api/config', '/api/places', '/api/sources']) expect(asked).not.toContain(answered);
    expect(asked.some((path) => path.startsWith('/api/tiles/parcels+districts/'))).toBe(true);
    // The data note reads its sources when it is opened.
    const note = page.getByTestId('data-note');
    await note.locator('summary').click();
    await expect.poll(() => note.locator('li').count()).toBeGreaterThan(1);
    expect(await note.textContent()).toContain('OpenStreetMap');
    await note.locator('summary').click();
  });

  it('paints its first view once, whole, not tile by tile as the tiles come in', async () => {
    const fresh = await app.browser.newPage({ ...TEST_PAGE, viewport: VIEW });
    // Every animation frame up to the first settled one in which the map's WebGL drew, with
    // whether its view had loaded.
    await fresh.addInitScript(() => {
      const painted: { at: number; viewLoaded: boolean }[] = [];
      (window as unknown as { painted: typeof painted }).painted = painted;
      let drew = false;
      for (const draw of ['drawElements', 'drawArrays'] as const) {
        const original = WebGL2RenderingContext.prototype[draw] as (...args: unknown[]) => void;
        WebGL2RenderingContext.prototype[draw] = function (this: WebGL2RenderingContext, ...args: unknown[]) {
          drew = true;
          return original.apply(this, args);
        } as never;
      }
      const frame = window.requestAnimationFrame.bind(window);
      window.requestAnimationFrame = (callback) =>
        frame((time) => {
          drew = false;
          const settledBefore = document.querySelector('[data-map-idle="true"]') !== null;
          callback(time);
          if (drew && !settledBefore)
            painted.push({ at: performance.now(), viewLoaded: window.__platsatlas?.map.loaded() ?? false });
        });
    });
    await fresh.goto(app.server.url);
    await waitForMapIdle(fresh);
    const painted = await fresh.evaluate(
      () => (window as unknown as { painted: { at: number; viewLoaded: boolean }[] }).painted,
    );
    await fresh.close();
    expect(painted.length).toBeGreaterThan(0);
    // A view still loading after two seconds is painted as it is (a slow line): only the frames
    // before that must wait for the whole view.
    expect(painted.filter((p) => p.at < 2000 && !p.viewLoaded)).toEqual([]);
  });

  it('says so when the address names a place there is none of', async () => {
    const shell = await (await fetch(`${app.server.url}/p/ingen-plats/`)).text();
    expect(shell).not.toContain('platsatlas-first-data');
    await page.goto(`${app.server.url}/p/ingen-plats/`);
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('Kunde inte hämta data');
    await page.goto(app.server.url);
    await waitForMapIdle(page);
  });

  it('names the streets, places and counters itself, with no deck.gl on the first map', async () => {
    // Closer in, where street names and the counters' figures show (and back afterwards).
    const opening = await page.evaluate(() => {
      const map = window.__platsatlas!.map;
      const view = { center: map.getCenter().toArray() as [number, number], zoom: map.getZoom() };
      map.jumpTo({ center: [18.0665, 59.3358], zoom: 15.5 });
      return view;
    });
    await waitForMapIdle(page);
    const streets = await page.evaluate(() => {
      const map = window.__platsatlas!.map;
      const text = (layers: string[], property: string) => [
        ...new Set(map.queryRenderedFeatures({ layers }).map((f) => String(f.properties[property]))),
      ];
      return text(['street-names', 'street-names-main'], 'name');
    });
    expect(streets).toEqual(expect.arrayContaining(['Kungsgatan']));
    // The counters' figures, below their circles as text on the page: last week's visitors.
    const figures = await page
      .locator('.footfall-figure')
      .evaluateAll((els) => els.map((e) => [(e as HTMLElement).dataset.counter!, e.textContent!]));
    const counters = (await api('/api/footfall/counters')).features as {
      id: string;
      properties: { lastWeekCount: number };
    }[];
    expect(figures.length).toBeGreaterThan(0);
    for (const [id, figure] of figures) {
      expect(figure).toMatch(/^\d{1,3}(\s\d{3})*$/); // "152 503", grouped the Swedish way
      expect(Number(figure.replace(/\s/g, ''))).toBe(counters.find((c) => c.id === id)!.properties.lastWeekCount);
    }
    // MapLibre drew all of it: the map has one canvas, no deck.gl above it.
    expect(await page.locator('[data-testid="map"] canvas').count()).toBe(1);
    await page.evaluate((view) => window.__platsatlas!.map.jumpTo(view), opening);
    await waitForMapIdle(page);
  });

  it('draws every parcel of the place when zoomed out over all of it, none cut off', async () => {
    const view = await page.evaluate(() => {
      const map = window.__platsatlas!.map;
      const b = map.getBounds();
      return { zoom: map.getZoom(), bbox: [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()].join(',') };
    });
    const place = (await (await fetch(`${app.server.url}/api/config`)).json()).centre.bbox as number[];
    const inView = (await (await fetch(`${app.server.url}/api/parcels?bbox=${view.bbox}`)).json()) as {
      features: { id: string }[];
      truncated: boolean;
    };
    const inPlace = (await (await fetch(`${app.server.url}/api/parcels?bbox=${place.join(',')}`)).json()).features;
    expect(inView.truncated).toBe(false);
    // The opening view holds the whole place, and every one of its parcels is on the map.
    expect(inView.features.length).toBeGreaterThanOrEqual(inPlace.length);
    await page.waitForSelector('[data-parcels-loaded="true"]', { state: 'attached' });
    const drawn = await page.evaluate(() => {
      const map = window.__platsatlas!.map;
      const visible =
        map.getLayoutProperty('parcels-fill', 'visibility') !== 'none' &&
        map.getZoom() >= map.getLayer('parcels-fill')!.minzoom;
      const ids = map.querySourceFeatures('parcels', { sourceLayer: 'parcels' }).map((f) => String(f.properties.id));
      return { visible, ids: [...new Set(ids)] };
    });
    expect(drawn.visible).toBe(true);
    const missing = inView.features.filter((f) => !drawn.ids.includes(f.id));
    expect(missing).toEqual([]);
    expect(view.zoom).toBeLessThan(16);
  });
});

describe('a planner opens the map of Malmö city centre', () => {
  it('shows the map in Swedish with the real data note and the layer list', async () => {
    await page.goto(`${app.server.url}/p/malmo-centrum/#16.4/55.6045/13.0005`);
    await waitForMapIdle(page);
    await page.waitForSelector('[data-parcels-loaded="true"]', { state: 'attached' });
    await waitForMapIdle(page);
    expect(await page.getAttribute('html', 'lang')).toBe('sv');
    expect(await page.textContent('.layer-list h2')).toBe('Kartlager');
    expect(await page.textContent('[data-testid="data-note"] summary')).toBe('Om datan');
    expect(await page.locator('.layer-list').textContent()).toContain('Genererad');
  });

  it('draws parcels: a pixel inside a parcel changes when the parcel layer is switched off', async () => {
    const { at } = await findClearParcel();
    const withParcels = await pixelAt(page, at.x, at.y);
    await page.getByLabel('Fastigheter').uncheck();
    // deck.gl draws on its own canvas in the next animation frame: poll rather than sleep.
    await expect.poll(() => pixelAt(page, at.x, at.y)).not.toEqual(withParcels);
    await page.getByLabel('Fastigheter').check();
    await expect.poll(() => pixelAt(page, at.x, at.y)).toEqual(withParcels);
    // And the map is not a grey or empty canvas: land and water differ.
    expect(
      new Set(
        (
          await Promise.all(
            [
              [10, 10],
              [700, 450],
              [1390, 890],
            ].map(([x, y]) => pixelAt(page, x, y)),
          )
        ).map(String),
      ).size,
    ).toBeGreaterThan(1);
    // Printed, the map is a still of what is on screen, not a blank canvas.
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    expect(await coloursOf(page.locator('img.print-snapshot'))).toBeGreaterThan(20);
  });

  it('shows a tooltip on hover and opens the parcel panel with designation, area and owners on click', async () => {
    const { parcel, at } = await findClearParcel();
    await page.mouse.move(at.x, at.y);
    await expect.poll(() => page.locator('.map-tooltip').textContent()).toContain(parcel.properties.designation);
    await page.mouse.click(at.x, at.y);
    const panel = page.getByTestId('side-panel');
    await panel.waitFor();
    await expect.poll(() => panel.locator('h2').textContent()).toBe(parcel.properties.designation);
    const text = await panel.textContent();
    expect(text).toContain('Fastighet');
    expect(text).toContain('Ägare');
    expect(text).toMatch(/\d m²/);
  });

  it('switches the interface to English', async () => {
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => page.textContent('.layer-list h2')).toBe('Map layers');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.getByTestId('side-panel').textContent()).toContain('Owners');
    expect(await page.textContent('[data-testid="data-note"] summary')).toBe('About the data');
  });

  it("remembers English: the next page opens in it, the workspace's texts and the public page's", async () => {
    await page.reload();
    await expect.poll(() => page.textContent('.layer-list h2')).toBe('Map layers');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.goto(`${app.server.url}/public`);
    await expect.poll(() => page.textContent('#public-title')).toMatch(/^What is happening in /);
    expect(await page.textContent('body')).not.toMatch(/\b(public|app|kinds|timeline)\.[a-z]/);
  });
});

describe('the places overview', () => {
  it('compares every place: a table on a desktop, a card per place on a phone, nothing off the screen', async () => {
    const { places } = await api('/api/places/overview');
    const sizes = [
      { viewport: DESKTOP, rows: 'tbody tr' },
      { viewport: { width: 390, height: 844 }, rows: ':scope > li' },
    ];
    for (const { viewport, rows } of sizes) {
      const overview = await app.browser.newPage({ ...TEST_PAGE, viewport, bypassCSP: true });
      await overview.goto(`${app.server.url}/places`);
      const list = overview.getByTestId('places-overview');
      await list.waitFor();
      expect(await list.locator(rows).count()).toBe(places.length);
      for (const place of places) expect(await list.textContent()).toContain(place.name);
      expect(await list.textContent()).toContain('Åtgärder genomförda');
      const fits = await overview.evaluate(() => {
        const page = document.querySelector('.overview-page')!;
        return page.scrollWidth <= page.clientWidth;
      });
      expect(fits, `${viewport.width}px`).toBe(true);
      expect(await axeViolations(overview)).toEqual([]);
      await overview.close();
    }
  });
});

describe('the planner’s map on a phone', () => {
  it('starts with the layer list folded, so the map shows, and opens a district from it', async () => {
    const phone = await app.browser.newPage({
      ...TEST_PAGE,
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
      bypassCSP: true,
    });
    await phone.goto(app.server.url);
    await waitForMapIdle(phone);
    const list = phone.locator('.layer-list');
    expect(await list.evaluate((el) => el.tagName === 'DETAILS' && !(el as HTMLDetailsElement).open)).toBe(true);
    const district = phone.getByRole('button', { name: 'Stockholm City – Hötorget till Östermalmstorg' });
    expect(await district.isVisible()).toBe(false);
    expect(await axeViolations(phone)).toEqual([]);
    await list.locator('summary').click();
    expect(await axeViolations(phone)).toEqual([]);
    await district.click();
    await phone.getByText('BID-område', { exact: true }).first().waitFor();
    await phone.close();
  });
});
