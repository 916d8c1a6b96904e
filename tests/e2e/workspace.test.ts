import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { centroid } from '@turf/turf';
import {
  E2E_PLANNER,
  axeViolations,
  isMapAt,
  openTab,
  project,
  screenshotOnFailure,
  startBrowserApp,
  startWithPlanner,
  waitForMapIdle,
  TEST_PAGE,
} from '../support/browserApp';

let app: Awaited<ReturnType<typeof startBrowserApp>>;
let page: Page;
const DISTRICT = 'district-malmo-city';
const collator = new Intl.Collator('sv', { numeric: true, sensitivity: 'base' });

interface Parcel {
  id: string;
  geometry: GeoJSON.Geometry;
  properties: {
    designation: string;
    edge: boolean;
    owners: { id: string; name: string | null }[];
    tenants: { name: string }[];
  };
}
let parcels: Parcel[];

beforeAll(async () => {
  ({ app, page } = await startWithPlanner());
  // Signed in through the API (the sign-in form has its own test): the first page is the link's.
  const response = await page.request.post(`${app.server.url}/api/auth/login`, {
    data: { email: E2E_PLANNER.email, password: E2E_PLANNER.password },
    headers: { Origin: app.server.url },
  });
  expect(response.ok()).toBe(true);
  parcels = (await api(`/api/districts/${DISTRICT}/parcels`)).features;
});
afterEach(async (ctx) => {
  await screenshotOnFailure(page, ctx.task.name, ctx.task.result?.state === 'fail');
});
afterAll(async () => {
  await app.close();
});

/** The API as the signed-in page sees it (the page's request context carries its cookies). */
const api = async (path: string) => (await page.request.get(`${app.server.url}${path}`)).json();
const count = async () => (await page.getByTestId('register-count').textContent())!;
const rows = () => page.getByTestId('register').locator('tbody tr[data-index]');

describe('the workspace as a link', () => {
  it('opens the district, tab, week and view a link names, and keeps them in the address', async () => {
    await page.goto(`${app.server.url}/p/malmo-centrum/?d=${DISTRICT}&tab=trends&t=2026-W07#16.5/55.6052/13.0012`);
    await page.getByTestId('trend-chart').first().locator('canvas').waitFor();
    expect(await page.getByRole('tab', { name: 'Trender', exact: true }).getAttribute('aria-selected')).toBe('true');
    expect(await page.getAttribute('.app', 'data-week')).toBe('2026-02-09');
    expect(await page.getByTestId('time-week').textContent()).toBe('Vecka 7, 2026 · 9–15 feb.');
    expect(await page.getByTestId('map-week').textContent()).toContain('Vecka 7, 2026');
    await waitForMapIdle(page);
    const view = await page.evaluate(() => {
      const map = window.__platsatlas!.map;
      return { zoom: map.getZoom(), ...map.getCenter() };
    });
    expect(view.zoom).toBeCloseTo(16.5, 1);
    expect(view.lat).toBeCloseTo(55.6052, 3);
    expect(view.lng).toBeCloseTo(13.0012, 3);
    // The trends tab at 1440×900 is checked for accessibility here, where it is open anyway.
    expect(await axeViolations(page)).toEqual([]);

    // Changing tab and week rewrites the address; the copied link opens the same picture.
    await openTab(page, 'Register');
    await page.getByRole('slider', { name: /^Vecka/ }).focus();
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => new URL(page.url()).searchParams.get('t')).toBe('2026-W06');
    const link = new URL(page.url());
    expect(Object.fromEntries(link.searchParams)).toEqual({ d: DISTRICT, tab: 'register', t: '2026-W06' });
  });
});

describe('the stakeholder register', () => {
  it('lists every parcel of the district, drawing only the rows in view', async () => {
    await rows().first().waitFor(); // the register tab the link test ended on
    expect(await count()).toContain(`${parcels.length} av ${parcels.length} fastigheter`);
    const drawn = await rows().count();
    expect(drawn).toBeGreaterThan(5);
    expect(drawn).toBeLessThan(60); // virtualised: 571 parcels, a screenful of rows
    // Scrolling to the end draws the last rows.
    await page.locator('.register-scroll').evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await expect.poll(() => rows().last().getAttribute('aria-rowindex')).toBe(String(parcels.length + 1));
  });

  it('searches designations, owners and tenants, and sorts by a column', async () => {
    const word = parcels[0].properties.owners[0].name!.split(' ')[0];
    const expected = parcels.filter((p) =>
      `${p.properties.designation} ${p.properties.owners.map((o) => o.name).join(' ')} ${p.properties.tenants
        .map((t) => t.name)
        .join(' ')}`
        .toLocaleLowerCase('sv')
        .includes(word.toLocaleLowerCase('sv')),
    );
    await page.getByRole('searchbox', { name: 'Sök fastighet, ägare eller hyresgäst' }).fill(word);
    await expect.poll(count).toContain(`${expected.length} av ${parcels.length} fastigheter`);

    await page.getByRole('button', { name: /^Fastighet/ }).click(); // already ascending: now descending
    const header = page.getByRole('columnheader', { name: /Fastighet/ });
    expect(await header.getAttribute('aria-sort')).toBe('descending');
    const last = expected
      .map((p) => p.properties.designation)
      .sort(collator.compare)
      .at(-1)!;
    expect(last.endsWith((await rows().first().locator('td').first().textContent())!)).toBe(true);
  });

  it('groups the parcels by owner with their count and share of the district', async () => {
    await page.getByRole('searchbox', { name: 'Sök fastighet, ägare eller hyresgäst' }).fill('');
    await page.getByRole('radio', { name: 'Per ägare' }).check();
    const owners = new Set(parcels.flatMap((p) => p.properties.owners.map((o) => o.id)));
    await expect.poll(count).toContain(`${owners.size} ägare till ${parcels.length} fastigheter`);
    const first = rows().first();
    const cells = await first.locator('td').allTextContents();
    const ownerId = parcels.flatMap((p) => p.properties.owners).find((o) => cells[0].includes(o.name ?? '-'))!.id;
    const owned = parcels.filter((p) => p.properties.owners.some((o) => o.id === ownerId));
    expect(cells[3]).toBe(String(owned.length));
    expect(cells[4]).toMatch(/^\d+(,\d)? %$/);
    await first.click();
    expect(await first.getAttribute('aria-expanded')).toBe('true');
    const nested = page.locator('tr.nested');
    await expect.poll(() => nested.count()).toBeGreaterThan(0);
    const shownIds = await nested.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-parcel')));
    expect(shownIds.length).toBeLessThanOrEqual(owned.length);
    expect(shownIds.every((id) => owned.some((p) => p.id === id))).toBe(true);
    await page.getByRole('radio', { name: 'Per fastighet' }).check();
  });

  it('points from a row to its parcel on the map, and from the map to its row', async () => {
    const firstRow = rows().first();
    const id = (await firstRow.getAttribute('data-parcel'))!;
    await firstRow.hover();
    await expect.poll(() => page.getAttribute('.app', 'data-highlighted-parcel')).toBe(id);
    // Keyboard: the next row points at the next parcel; Enter opens it, closing returns to the register.
    await firstRow.focus();
    await page.keyboard.press('ArrowDown');
    const second = (await rows().nth(1).getAttribute('data-parcel'))!;
    await expect.poll(() => page.getAttribute('.app', 'data-highlighted-parcel')).toBe(second);
    await page.keyboard.press('Enter');
    const designation = parcels.find((p) => p.id === second)!.properties.designation;
    await expect.poll(() => page.getByTestId('side-panel').locator('h2').textContent()).toBe(designation);
    await page.getByRole('button', { name: 'Stäng' }).click();
    await page.getByTestId('register').waitFor();

    // A parcel clicked on the map, far down the list, is found and shown in the table.
    await waitForMapIdle(page);
    const width = page.viewportSize()!.width;
    const panelLeft = (await page.getByTestId('side-panel').boundingBox())!.x;
    let target: { parcel: Parcel; x: number; y: number } | undefined;
    for (const parcel of [...parcels].reverse().filter((p) => !p.properties.edge)) {
      const at = await project(page, centroid(parcel.geometry).geometry.coordinates as [number, number]);
      if (
        at.x > 340 &&
        at.x < Math.min(panelLeft, width) - 20 &&
        at.y > 40 &&
        at.y < 860 &&
        (await isMapAt(page, at))
      ) {
        target = { parcel, ...at };
        break;
      }
    }
    expect(target).toBeDefined();
    await page.mouse.click(target!.x, target!.y);
    await expect.poll(() => page.getAttribute('.app', 'data-highlighted-parcel')).toBe(target!.parcel.id);
    const row = page.locator(`tr[data-parcel="${target!.parcel.id}"]`);
    await expect.poll(() => row.getAttribute('aria-selected')).toBe('true');
    expect(await row.isVisible()).toBe(true);
    expect(await page.getByTestId('side-panel').locator('h2').textContent()).not.toBe(
      target!.parcel.properties.designation,
    ); // found in the table, the district stays open
  });
});

describe('accessibility of the workspace', () => {
  it('has no WCAG 2.1 A/AA violations on the district tabs, on desktop and phone', async () => {
    const checks: Record<string, string[]> = {};
    const checkTabs = async (name: string, tab: Page, trends: boolean) => {
      await tab.getByTestId('kpis').waitFor();
      checks[`${name} overview`] = await axeViolations(tab);
      await openTab(tab, 'Register');
      await tab.getByTestId('register').locator('tbody tr').first().waitFor();
      checks[`${name} register`] = await axeViolations(tab);
      if (!trends) return; // the desktop's trends tab: in the link test above
      await openTab(tab, 'Trender');
      await tab.getByTestId('trend-chart').first().locator('canvas').waitFor();
      checks[`${name} trends`] = await axeViolations(tab);
    };
    await openTab(page, 'Översikt');
    await checkTabs('desktop', page, false);
    const phone = await app.browser.newContext({
      ...TEST_PAGE,
      viewport: { width: 390, height: 844 },
      bypassCSP: true,
      isMobile: true,
      hasTouch: true,
    });
    await phone.addCookies(await page.context().cookies());
    const tab = await phone.newPage();
    await tab.goto(`${app.server.url}/p/malmo-centrum/?d=${DISTRICT}`);
    await checkTabs('phone', tab, true);
    await phone.close();
    expect(checks).toEqual(Object.fromEntries(Object.keys(checks).map((k) => [k, []])));
  });
});
