import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  DESKTOP,
  axeViolations,
  screenshotOnFailure,
  startBrowserApp,
  waitForMapIdle,
  TEST_PAGE,
} from '../support/browserApp';
import { BASEMAP_COLORS } from '../../web/map/basemapStyle';

let app: Awaited<ReturnType<typeof startBrowserApp>>;
let page: Page;

beforeAll(async () => {
  app = await startBrowserApp();
  // A phone: a citizen on the square.
  page = await app.browser.newPage({
    ...TEST_PAGE,
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
  });
});
afterEach(async (ctx) => {
  await screenshotOnFailure(page, ctx.task.name, ctx.task.result?.state === 'fail');
});
afterAll(async () => {
  await app.close();
});

describe('the public map on a phone', () => {
  it('lists what is happening in the centre, in public words only', async () => {
    // The actions held back a moment: while they load, the tab gives no count (not "0 actions").
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/api/public/actions*', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${app.server.url}/public`);
    const tab = page.getByRole('tab', { name: /Vad händer/ });
    await tab.waitFor();
    expect(await tab.textContent()).toBe('Vad händer');
    release();
    await waitForMapIdle(page);
    await page.unroute('**/api/public/actions*');
    const list = page.getByTestId('public-actions');
    await list.waitFor();
    const expected = (await (await fetch(`${app.server.url}/api/public/actions`)).json()).actions;
    await expect.poll(() => tab.textContent()).toBe(`Vad händer (${expected.length})`);
    expect(await list.locator('li').count()).toBe(expected.length);
    const text = await list.textContent();
    expect(text).toContain('Vi gör Hötorget grönare');
    expect(text).not.toContain('Etableringsstrategi'); // not public
    expect(text).not.toMatch(/kr\b/); // no money
    // The demo's actions, premises and counts are partly generated, and the page says so.
    expect(await page.locator('main').textContent()).toContain('delvis genererade');
  });

  it('is keyboard navigable: Tab to an action, Enter opens it and gives it a shareable address', async () => {
    const first = page.getByTestId('public-actions').locator('li button').first();
    await first.focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toMatch(/\/public\/actions\/action-/);
    expect(
      await page.locator('.public-actions li[aria-current="true"] button[aria-expanded]').getAttribute('aria-expanded'),
    ).toBe('true');
  });

  it('opens a shared link at that action', async () => {
    await page.goto(`${app.server.url}/public/actions/action-biblioteksgatan-cleaning`);
    const selected = page.locator('.public-actions li[aria-current="true"]');
    await selected.waitFor();
    expect(await selected.textContent()).toContain('Biblioteksgatan har fått ny glans');
    await expect
      .poll(
        async () =>
          page.evaluate(() => {
            const c = window.__platsatlas!.map.getCenter();
            return Math.hypot(c.lng - 18.0725, c.lat - 59.3352) < 0.001;
          }),
        { timeout: 10_000 },
      )
      .toBe(true);
  });

  it('tells a link preview what the shared action is, and nothing of an action that is not public', async () => {
    const action = await (await fetch(`${app.server.url}/api/public/actions/action-biblioteksgatan-cleaning`)).json();
    expect(await page.title()).toBe(`${action.title} – Stockholm City`);
    const shell = await (await fetch(`${app.server.url}/public/actions/action-biblioteksgatan-cleaning`)).text();
    expect(shell).toContain(`<meta property="og:title" content="${action.title} – Stockholm City" />`);
    // The public page's code is named in its shell, the planner's is not.
    expect(shell).toMatch(/<link rel="modulepreload" crossorigin href="\.\/assets\/PublicMapPage-[\w-]+\.js">/);
    expect(shell).not.toContain('PlannerMapPage-');
    // And the place's config inside it: the map need not ask for it.
    const embedded = /<script type="application\/json" id="platsatlas-first-data">(.*?)<\/script>/s.exec(shell)![1];
    expect(JSON.parse(embedded)).toEqual({ config: await (await fetch(`${app.server.url}/api/config`)).json() });
    expect(shell).toMatch(/<meta property="og:description" content="[^"]{20,}" \/>/);
    // The preview picture is the action's page as drawn: a 1200×630 PNG, made once per data version.
    const image = /<meta property="og:image" content="([^"]+)" \/>/.exec(shell)![1];
    expect(shell).toContain('<meta name="twitter:card" content="summary_large_image" />');
    const first = await fetch(image);
    expect(first.status).toBe(200);
    expect(first.headers.get('content-type')).toBe('image/png');
    const png = new Uint8Array(await first.arrayBuffer());
    const size = new DataView(png.buffer);
    expect([size.getUint32(16), size.getUint32(20)]).toEqual([1200, 630]); // the IHDR's width and height
    expect(png.length).toBeGreaterThan(30_000); // a map, not a blank page
    const etag = first.headers.get('etag')!;
    expect((await fetch(image, { headers: { 'If-None-Match': etag } })).status).toBe(304); // kept, not drawn again
    const hidden = await app.server.db.one<{ id: string; title: string }>(
      'SELECT id, title FROM actions WHERE NOT public ORDER BY id LIMIT 1',
    );
    const other = await (await fetch(`${app.server.url}/public/actions/${hidden!.id}`)).text();
    expect(other).toContain('<title>Det händer i Stockholm City</title>');
    expect(other).not.toContain(hidden!.title);
    expect(other).not.toContain('og:image');
    expect((await fetch(`${app.server.url}/api/public/actions/${hidden!.id}/preview.png`)).status).toBe(404);
    expect(await page.getByRole('button', { name: 'Dela' }).count()).toBe(1);
  });

  it('lists premises standing empty', async () => {
    await page.getByRole('tab', { name: /Lediga lokaler/ }).click();
    const list = page.getByTestId('public-vacancies');
    await list.waitFor();
    const expected = (await (await fetch(`${app.server.url}/api/public/vacancies`)).json()).vacancies;
    expect(expected.length).toBeGreaterThan(0);
    expect(await list.locator('li').count()).toBe(expected.length);
    expect(await list.textContent()).toMatch(/tom sedan \d{4}-\d{2}-\d{2}/);
  });

  it('shows land, not open water, while the base map loads, then names the main streets and the city', async () => {
    const phone = await app.browser.newPage({
      ...TEST_PAGE,
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });
    // The colour the map's background is drawn in, at every frame from the first.
    await phone.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __background: string[] }).__background = seen;
      const look = () => {
        const map = window.__platsatlas?.map;
        const colour = map?.getLayer('water') ? String(map.getPaintProperty('water', 'background-color')) : null;
        if (colour && colour !== seen.at(-1)) seen.push(colour);
        requestAnimationFrame(look);
      };
      requestAnimationFrame(look);
    });
    await phone.goto(`${app.server.url}/public`);
    await waitForMapIdle(phone);
    expect(await phone.evaluate(() => (window as unknown as { __background: string[] }).__background)).toEqual([
      BASEMAP_COLORS.land,
      BASEMAP_COLORS.water,
    ]);
    // Then it names the main streets and the city, so a citizen knows where things are.
    const named = await phone.evaluate(() => {
      const map = window.__platsatlas!.map;
      const names = (layers: string[]) =>
        new Set(map.queryRenderedFeatures({ layers }).map((f) => String(f.properties.name)));
      return {
        zoom: map.getZoom(),
        streets: [...names(['street-names-main', 'street-names'])],
        places: [...names(['place-labels-major', 'place-labels-minor'])],
      };
    });
    // A phone opens zoomed out over the whole centre, where the side streets' names would crowd.
    expect(named.zoom).toBeLessThan(14);
    expect(named.streets).toEqual(expect.arrayContaining(['Kungsgatan', 'Birger Jarlsgatan']));
    expect(named.places).toContain('Stockholm');
    await phone.close();
  });
});

describe('accessibility', () => {
  it('has no WCAG 2.1 A/AA violations that axe-core can find and no control under the list, on a phone and on a desktop', async () => {
    for (const viewport of [{ width: 390, height: 844 }, DESKTOP]) {
      // The app's CSP forbids inline scripts, rightly; the audit script is let in for this page only.
      const audited = await app.browser.newPage({ ...TEST_PAGE, viewport, bypassCSP: true });
      await audited.goto(`${app.server.url}/public`);
      await waitForMapIdle(audited);
      await audited.getByTestId('public-actions').waitFor();
      // The zoom buttons and the credits are beside the list, not under it.
      const [buttons, credits, panel] = await Promise.all(
        ['.maplibregl-ctrl-zoom-in', '.maplibregl-ctrl-attrib', '.public-panel'].map((s) =>
          audited.locator(s).boundingBox(),
        ),
      );
      for (const control of [buttons!, credits!]) {
        const apart =
          control.x + control.width <= panel!.x ||
          control.y + control.height <= panel!.y ||
          control.x >= panel!.x + panel!.width ||
          control.y >= panel!.y + panel!.height;
        expect(apart, `${viewport.width}px: ${JSON.stringify({ control, panel })}`).toBe(true);
      }
      const violations = await axeViolations(audited);
      // A shared action's own page, as a link opens it.
      const { actions } = await (await fetch(`${app.server.url}/api/public/actions`)).json();
      await audited.goto(`${app.server.url}/public/actions/${encodeURIComponent(actions[0].id)}`);
      await waitForMapIdle(audited);
      await audited.locator('[aria-current="true"]').first().waitFor();
      violations.push(...(await axeViolations(audited)).map((v) => `shared action: ${v}`));
      await audited.close();
      expect(violations).toEqual([]);
    }
  });
});

describe('the server that serves the page', () => {
  it('answers an unknown API address with a 404 in the API error shape, not the page', async () => {
    const res = await fetch(`${app.server.url}/api/nope`);
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toContain('application/json');
    expect((await res.json()).error.code).toBe('not_found');
    expect((await fetch(`${app.server.url}/p/stockholm-city/public`)).headers.get('content-type')).toContain(
      'text/html',
    );
  });
});

describe('the public map of another place', () => {
  it("shows Malmö centrum's own plan and figures at /p/malmo-centrum/public", async () => {
    await page.goto(`${app.server.url}/p/malmo-centrum/public`);
    await waitForMapIdle(page);
    await expect.poll(() => page.locator('h1, h2').first().textContent()).toContain('Malmö centrum');
    await expect.poll(() => page.getByTestId('public-actions').textContent()).toContain('Vi gör Stortorget grönare');
    const weeks = (await (await fetch(`${app.server.url}/api/public/footfall?place=malmo-centrum`)).json()).weeks;
    const last = weeks[weeks.length - 1];
    await expect
      .poll(() => page.getByText(/besökare veckan som började/).textContent())
      .toContain(new Intl.NumberFormat('sv-SE').format(last.count));
  });
});
