import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import {
  axeViolations,
  DESKTOP,
  E2E_PLANNER,
  openTab,
  pixelAt,
  project,
  screenshotOnFailure,
  signInThroughUi,
  startBrowserApp,
  startWithPlanner,
  waitForMapIdle,
} from '../support/browserApp';

let app: Awaited<ReturnType<typeof startBrowserApp>>;
let page: Page;
const PLANNER = E2E_PLANNER;
const DISTRICT = 'district-malmo-city';
const POT = 'pot-malmo-city-2026-investment';
// A free spot on Stortorget, away from the seeded benches action and the footfall counter.
const SQUARE: [number, number] = [13.0006, 55.6062];

beforeAll(async () => {
  ({ app, page } = await startWithPlanner());
});
afterEach(async (ctx) => {
  await screenshotOnFailure(page, ctx.task.name, ctx.task.result?.state === 'fail');
});
afterAll(async () => {
  await app.close();
});

async function signedInGet(path: string) {
  const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
  return (await fetch(`${app.server.url}${path}`, { headers: { Cookie: cookie } })).json();
}

describe('a planner keeps the action plan of Malmö City', () => {
  it("opens the district's action plan", async () => {
    await page.goto(`${app.server.url}/p/malmo-centrum/#17/55.6060/13.0008`);
    await page.waitForSelector('[data-parcels-loaded="true"]', { state: 'attached' });
    await signInThroughUi(page, PLANNER);
    await page.getByRole('button', { name: 'Malmö City – Gamla staden' }).click();
    await openTab(page, 'Handlingsplan');
    await page.getByTestId('pots').waitFor();
  });

  it('creates an action by drawing a point on the square, financed 50/50, and the pot balance drops by its cost', async () => {
    const before = (await signedInGet(`/api/pots?districtId=${DISTRICT}`)).pots.find(
      (p: { id: string }) => p.id === POT,
    );
    await page.getByRole('button', { name: 'Ny åtgärd' }).click();
    await page.getByLabel('Rubrik').fill('Blomsterurnor på Stortorget');
    await page.getByLabel('Kostnad (kr)').fill('80000');
    await page.getByLabel('Start').fill('2026-12-01');
    await page.getByLabel('Slut').fill('2026-12-18');
    await page.getByLabel('Pott').selectOption(POT);
    // Among hundreds of people: type part of a name, the options say who is who.
    const parcels = (await signedInGet(`/api/districts/${DISTRICT}/parcels`)).features;
    const owner = parcels.flatMap((p: any) => p.properties.owners).find((o: any) => o.name && !o.isPrivatePerson)!;
    const picker = page.getByRole('combobox', { name: 'Ansvarig' });
    await picker.fill(owner.name);
    const options = page.getByRole('listbox', { name: 'Ansvarig' }).getByRole('option');
    await expect.poll(() => options.count()).toBeGreaterThan(0);
    const texts = await options.allTextContents();
    expect(texts.every((text) => text.includes(' · '))).toBe(true); // name · kind · parcel
    // The form with the picker open passes axe-core's WCAG 2.1 A/AA checks, on a phone too.
    expect(await axeViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await axeViolations(page)).toEqual([]);
    await page.setViewportSize(DESKTOP);
    await options.filter({ hasText: owner.name }).first().click();
    expect(await picker.inputValue()).toContain(owner.name);
    expect(await page.getByLabel('Andel (%) 1').inputValue()).toBe('50');
    expect(await page.getByLabel('Andel (%) 2').inputValue()).toBe('50');
    await page.getByRole('button', { name: 'Punkt' }).click();
    const at = await project(page, SQUARE);
    await page.mouse.move(at.x, at.y, { steps: 4 });
    await page.mouse.click(at.x, at.y);
    await expect.poll(() => page.getByTestId('action-location').textContent()).toBe('En punkt på kartan');
    await page.getByRole('button', { name: 'Spara åtgärden' }).click();

    await expect.poll(() => page.getByTestId('action-list').textContent()).toContain('Blomsterurnor på Stortorget');
    const after = (await signedInGet(`/api/pots?districtId=${DISTRICT}`)).pots.find(
      (p: { id: string }) => p.id === POT,
    );
    expect(after.remainingSek).toBe(before.remainingSek - 80_000);
    expect(await page.getByTestId(`remaining-${POT}`).textContent()).toContain(
      new Intl.NumberFormat('sv-SE').format(after.remainingSek),
    );
    const saved = (await signedInGet(`/api/districts/${DISTRICT}/actions`)).actions.find(
      (a: { title: string }) => a.title === 'Blomsterurnor på Stortorget',
    );
    expect(saved.financing.map((f: { share: number }) => f.share)).toEqual([0.5, 0.5]);
    expect(saved.responsibleName).toBe(owner.name);
    expect(saved.geometry.type).toBe('Point');
    expect(saved.geometry.coordinates[0]).toBeCloseTo(SQUARE[0], 4);
    expect(saved.geometry.coordinates[1]).toBeCloseTo(SQUARE[1], 4);
  });

  it('shows the action on the map and the timeline, and selecting it in one selects it in the others', async () => {
    await waitForMapIdle(page);
    const at = await project(page, SQUARE);
    // The focus-area colour of "the place" (green) is drawn where the action is.
    await expect
      .poll(async () => {
        const [r, g, b] = await pixelAt(page, at.x, at.y);
        return g > r + 40 && g > b + 40;
      })
      .toBe(true);
    // Select another action in the list, then this one on the timeline: the list follows.
    await page
      .getByTestId('action-list')
      .getByRole('button', { name: /Storstädning av Lilla torg/ })
      .click();
    expect(await page.locator('.action-list li[aria-current="true"]').textContent()).toContain('Storstädning');
    await page.getByLabel('Tidslinje').check();
    const bar = page.getByTestId('action-timeline').locator('g[data-action]', { hasText: 'Blomsterurnor' });
    await bar.locator('text').click({ force: true });
    await page.getByLabel('Lista').check();
    expect(await page.locator('.action-list li[aria-current="true"]').textContent()).toContain('Blomsterurnor');
  });

  it('adds a progress report with a photo to the selected action', async () => {
    const photo = join(mkdtempSync(join(tmpdir(), 'platsatlas-photo-')), 'urnor.png');
    writeFileSync(
      photo,
      Buffer.from(
        'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
        'base64',
      ),
    );
    await page.getByLabel('Vad hände?').fill('Urnorna är planterade');
    await page.getByLabel('Foto', { exact: true }).setInputFiles(photo);
    await page.getByRole('button', { name: 'Lägg till lägesrapport' }).click();
    const update = page.getByTestId('action-updates').locator('li', { hasText: 'Urnorna är planterade' });
    await update.waitFor();
    await expect
      .poll(() => update.locator('img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
      .toBe(1);
  });

  it("shows the vacancy goal's progress as computed from the premises", async () => {
    await openTab(page, 'Affärsplan & mål');
    const goal = page.locator('[data-testid="goals"] li[data-indicator="vacancy-rate"]');
    await goal.waitFor();
    const plan = await signedInGet(`/api/districts/${DISTRICT}/plan`);
    const vacancy = plan.goals.find((g: { indicator: string }) => g.indicator === 'vacancy-rate');
    const percent = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 1 }).format(vacancy.progress * 100);
    expect(await goal.getByTestId('goal-progress').textContent()).toBe(`${percent} % av vägen`);
    const summary = await signedInGet(`/api/districts/${DISTRICT}/summary`);
    expect(vacancy.current).toBeCloseTo(summary.vacancyRate, 10);
  });
});
