import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { extractText } from 'unpdf';
import swedish from '../../web/i18n/sv/workspace.json';
import english from '../../web/i18n/en/workspace.json';
import {
  E2E_PLANNER,
  axeViolations,
  coloursOf,
  openTab,
  screenshotOnFailure,
  signInThroughUi,
  startBrowserApp,
  startWithPlanner,
  TEST_PAGE,
} from '../support/browserApp';

let app: Awaited<ReturnType<typeof startBrowserApp>>;
let page: Page;
const DISTRICT = 'district-malmo-city';
const dir = mkdtempSync(join(tmpdir(), 'platsatlas-walk-'));
const sv = (n: number) => new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 0 }).format(n);
const svDecimal = (n: number) => new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 1 }).format(n);

beforeAll(async () => {
  ({ app, page } = await startWithPlanner());
  await page.goto(`${app.server.url}/p/malmo-centrum/#15/55.6040/13.0000`);
  await signInThroughUi(page, E2E_PLANNER);
});
afterEach(async (ctx) => {
  await screenshotOnFailure(page, ctx.task.name, ctx.task.result?.state === 'fail');
});
afterAll(async () => {
  await app.close();
});

async function api(path: string) {
  const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
  return fetch(`${app.server.url}${path}`, { headers: { Cookie: cookie } });
}

describe('the BID process', () => {
  it("ticks a checklist item and the step's progress follows", async () => {
    await page.getByRole('button', { name: 'Malmö City – Gamla staden' }).click();
    await openTab(page, 'Process');
    const before = await (await api(`/api/districts/${DISTRICT}/process`)).json();
    const current = before.steps.find((s: { number: number }) => s.number === before.currentStep);
    const open = current.checklist.find((c: { done: boolean }) => !c.done);
    const step = page.getByTestId(`step-${current.number}`);
    await expect
      .poll(() => step.getByTestId('step-progress').textContent())
      .toContain(`${current.progress.done} av ${current.progress.total} klara`);
    await step.getByRole('checkbox').nth(current.checklist.indexOf(open)).check();
    await expect
      .poll(() => step.getByTestId('step-progress').textContent())
      .toContain(`${current.progress.done + 1} av ${current.progress.total} klara`);
    const after = await (await api(`/api/districts/${DISTRICT}/process`)).json();
    const ticked = after.steps[current.number - 1].checklist.find((c: { item: string }) => c.item === open.item);
    expect(ticked).toMatchObject({ done: true, doneBy: E2E_PLANNER.name });
    await expect.poll(() => step.textContent()).toContain(`av ${E2E_PLANNER.name}`);
  });
});

describe('from observation to action', () => {
  it('turns a site-walk observation into an action with one click on the process tab', async () => {
    const item = page.getByTestId('observation-list').locator('li', { hasText: 'Tre tomma skyltfönster' });
    await item.getByRole('button', { name: 'Gör till åtgärd' }).click();
    await expect.poll(() => item.textContent()).toContain('Åtgärd skapad');
    const { actions } = await (await api(`/api/districts/${DISTRICT}/actions`)).json();
    const action = actions.find((a: { title: string }) => a.title === 'Tre tomma skyltfönster i rad på Södergatan');
    expect(action).toMatchObject({ status: 'idea', focusArea: 'offering', geometry: { type: 'Point' } });
    await openTab(page, 'Handlingsplan');
    await expect.poll(() => page.getByText('Tre tomma skyltfönster i rad på Södergatan').count()).toBeGreaterThan(0);
  });
});

describe('the site walk on a phone', () => {
  it('adds an observation with a photo by tapping the map', async () => {
    const context = await app.browser.newContext({
      ...TEST_PAGE,
      viewport: { width: 390, height: 844 },
      hasTouch: true,
      isMobile: true,
      bypassCSP: true,
      geolocation: { longitude: 13.0007, latitude: 55.6058 },
      permissions: ['geolocation'], // standing on Stortorget
    });
    await context.addCookies(await page.context().cookies());
    // Every frame from the first: is deck.gl's canvas (the observations) shown at a drawing size
    // other than its size on screen, i.e. stretched?
    await context.addInitScript(() => {
      const stretched: string[] = [];
      (window as unknown as { __stretched: string[] }).__stretched = stretched;
      const look = () => {
        for (const c of document.querySelectorAll<HTMLCanvasElement>('canvas:not(.maplibregl-canvas)')) {
          const onScreen = [c.clientWidth * devicePixelRatio, c.clientHeight * devicePixelRatio];
          const shown = c.clientWidth > 0 && getComputedStyle(c).visibility !== 'hidden';
          if (shown && (Math.abs(c.width - onScreen[0]) > 1 || Math.abs(c.height - onScreen[1]) > 1))
            stretched.push(`${c.width}×${c.height} shown at ${onScreen.join('×')}`);
        }
        requestAnimationFrame(look);
      };
      requestAnimationFrame(look);
    });
    const phone = await context.newPage();
    await phone.goto(`${app.server.url}/walk/${DISTRICT}`);
    await phone.getByTestId('walk-page').waitFor();
    await phone.waitForSelector('[data-map-idle="true"]', { state: 'attached', timeout: 45_000 });
    await expect.poll(() => phone.locator('canvas:not(.maplibregl-canvas)').isVisible()).toBe(true);
    expect(await phone.evaluate(() => (window as unknown as { __stretched: string[] }).__stretched)).toEqual([]);
    const before = (await (await api(`/api/districts/${DISTRICT}/observations`)).json()).features.length;
    // The zoom buttons and the map's credits are in sight, above the sheet.
    const sheet = (await phone.locator('.walk-sheet').boundingBox())!;
    for (const control of ['.maplibregl-ctrl-zoom-in', '.maplibregl-ctrl-attrib']) {
      const box = (await phone.locator(control).boundingBox())!;
      expect(box.y + box.height, control).toBeLessThanOrEqual(sheet.y);
    }

    expect(await axeViolations(phone)).toEqual([]);
    await phone.getByRole('button', { name: 'Använd min position' }).waitFor();
    // Where the tap lands, read before the tap: the sheet grows with the form, and the map with it.
    const tapped = await phone.evaluate(() => window.__platsatlas!.map.unproject([120, 200]));
    await phone.touchscreen.tap(120, 200); // a tap on the map, above the sheet
    await phone.getByRole('radio', { name: 'Tillgänglighet' }).check();
    await phone.getByLabel('Vad ser du?').fill('Trottoarkanten saknar nedfart vid övergångsstället');
    const photo = join(dir, 'foto.png');
    writeFileSync(
      photo,
      Buffer.from(
        'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
        'base64',
      ),
    );
    await phone.getByLabel('Foto (valfritt)').setInputFiles(photo);
    expect(await axeViolations(phone)).toEqual([]); // the form too
    await phone.getByRole('button', { name: 'Spara observation' }).click();
    await expect.poll(() => phone.getByText(/\d+ observationer/).textContent()).toBe(`${before + 1} observationer`);

    const features = (await (await api(`/api/districts/${DISTRICT}/observations?focusArea=accessibility`)).json())
      .features;
    const added = features.find((f: { properties: { text: string } }) =>
      f.properties.text.startsWith('Trottoarkanten'),
    );
    expect(added.properties).toMatchObject({ verdict: 'problem', hasPhoto: true });
    // Stored at the tapped place, not at some default.
    const [lon, lat] = added.geometry.coordinates;
    expect(lon).toBeCloseTo(tapped.lng, 5);
    expect(lat).toBeCloseTo(tapped.lat, 5);

    // Or from where the phone says it is.
    await phone.getByRole('button', { name: 'Använd min position' }).click();
    await phone.getByRole('radio', { name: 'Platsen' }).check();
    await phone.getByLabel('Vad ser du?').fill('Torget behöver fler sittplatser');
    await phone.getByRole('radio', { name: 'Bra' }).check();
    await phone.getByRole('button', { name: 'Spara observation' }).click();
    await expect.poll(() => phone.getByText(/\d+ observationer/).textContent()).toBe(`${before + 2} observationer`);
    const gps = (await (await api(`/api/districts/${DISTRICT}/observations?focusArea=place`)).json()).features.find(
      (f: { properties: { text: string } }) => f.properties.text === 'Torget behöver fler sittplatser',
    );
    expect(gps.geometry.coordinates).toEqual([13.0007, 55.6058]);
    expect(gps.properties.verdict).toBe('good');
    await context.close();
  });
});

describe('reports', () => {
  it('shows the current-state analysis with the figures the API returns', async () => {
    const report = await (await api(`/api/districts/${DISTRICT}/reports/current-state`)).json();
    await page.goto(`${app.server.url}/reports/current-state/${DISTRICT}`);
    await page.locator('[data-report-ready="true"]').waitFor({ timeout: 45_000 });
    expect(await page.getByTestId('report-parcels').textContent()).toBe(sv(report.parcels.count));
    expect(await page.getByTestId('report-owners').textContent()).toBe(sv(report.parcels.owners));
    expect(await page.getByTestId('report-premises').textContent()).toBe(sv(report.premises.count));
    expect(await page.getByTestId('report-vacancy').textContent()).toBe(
      `${svDecimal(report.premises.vacancyRate * 100)} %`,
    );
    expect(await page.getByTestId('report-area').textContent()).toBe(
      `${svDecimal(report.district.areaM2 / 10_000)} ha`,
    );
    expect(await page.getByTestId('report-footfall').textContent()).toContain(sv(report.footfall.last12Months.total));
    const rows = await page.getByTestId('report-offering').locator('tbody tr').count();
    expect(rows).toBe(Object.keys(report.premises.byKind).length);
    const audited = await app.browser.newContext({ ...TEST_PAGE, bypassCSP: true });
    await audited.addCookies(await page.context().cookies());
    const auditPage = await audited.newPage();
    await auditPage.goto(`${app.server.url}/reports/current-state/${DISTRICT}`);
    await auditPage.locator('[data-report-ready="true"]').waitFor({ timeout: 45_000 });
    expect(await axeViolations(auditPage)).toEqual([]);
    await auditPage.setViewportSize({ width: 390, height: 844 }); // a board member's phone
    expect(await axeViolations(auditPage)).toEqual([]);
    await audited.close();
    const mapImage = page.getByTestId('report-map');
    expect(await mapImage.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(100);
    // The still is the drawn map (streets, blocks, parcels), not a blank canvas.
    expect(await coloursOf(mapImage)).toBeGreaterThan(20);
  });

  it("exports the report as a PDF printed by the server, with the district's name in its text", async () => {
    const res = await api(`/api/districts/${DISTRICT}/reports/current-state.pdf`);
    expect(res.status).toBe(200);
    expect(res.headers.get('x-cache')).toBe('miss'); // printed now; the test below gets it from the cache
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
    expect(bytes.length).toBeGreaterThan(10_000);
    const { text } = await extractText(bytes, { mergePages: true });
    expect(text).toContain('Malmö City – Gamla staden');
    expect(text).toMatch(/nulägesanalys/i);

    // In the reader's language: the page is printed in English when asked.
    const inEnglish = await api(`/api/districts/${DISTRICT}/reports/yearly.pdf?year=2026&lang=en`);
    const { text: englishText } = await extractText(new Uint8Array(await inEnglish.arrayBuffer()), {
      mergePages: true,
    });
    expect(englishText).toMatch(/yearly report 2026/i);
    expect(englishText).toContain('Malmö City – Gamla staden');
    expect((await api(`/api/districts/${DISTRICT}/reports/current-state.pdf?lang=de`)).status).toBe(400);
  });

  it('prints both reports with a header, page numbers, no heading left at the foot of a page, and keeps them', async () => {
    // The two printed above: the current-state analysis in Swedish, the yearly report in English.
    for (const [pdf, { report: r }, pageOf] of [
      [`/api/districts/${DISTRICT}/reports/current-state.pdf`, swedish, (n: number, m: number) => `Sida ${n} av ${m}`],
      [
        `/api/districts/${DISTRICT}/reports/yearly.pdf?year=2026&lang=en`,
        english,
        (n: number, m: number) => `Page ${n} of ${m}`,
      ],
    ] as const) {
      // The reports' section headings, as their pages print them.
      const headings: string[] = [r.area, r.offering, r.vacancyTrend, r.footfallTrend, r.turnoverTrend, r.observations];
      headings.push(r.keyFigures, r.money, r.goals);
      const first = await api(pdf);
      const bytes = new Uint8Array(await first.arrayBuffer());
      const { text: pages, totalPages } = await extractText(bytes.slice());
      expect(totalPages).toBeGreaterThan(1);
      for (const [i, text] of (pages as string[]).entries()) {
        const lines = text
          .split('\n')
          .map((l) => l.trim())
          .filter(Boolean);
        expect(lines, `page ${i + 1}`).toContain(pageOf(i + 1, totalPages));
        expect(lines.some((l) => l.includes('Malmö City – Gamla staden') && l.includes('2026'))).toBe(true);
        const content = lines.filter(
          (l) => !/^(Sida|Page) \d+ (av|of) \d+$/.test(l) && !/ · Malmö City – Gamla staden \d{4}-\d{2}-\d{2}$/.test(l),
        );
        expect(
          content.every((l) => headings.includes(l)),
          `page ${i + 1} holds only headings`,
        ).toBe(false);
        // Nor a heading at its foot with a line or none of what it introduces (its chart overleaf).
        expect(
          content.slice(-2).filter((l) => headings.includes(l)),
          `page ${i + 1} ends on a heading`,
        ).toEqual([]);
        expect(content.slice(-2).some((l) => /^\d+ (genomförda? åtgärd(er)?|actions? done)$/.test(l))).toBe(false);
      }

      // The same report again, the data unchanged: from the server's cache, the same file.
      expect(first.headers.get('x-cache')).toBe('hit');
      const again = await api(pdf);
      expect(again.headers.get('x-cache')).toBe('hit');
      expect(new Uint8Array(await again.arrayBuffer())).toEqual(bytes);
    }
  });

  it('shows the yearly report with the actions done and the money spent', async () => {
    const report = await (await api(`/api/districts/${DISTRICT}/reports/yearly?year=2026`)).json();
    await page.goto(`${app.server.url}/reports/yearly/${DISTRICT}?year=2026`);
    await page.locator('[data-report-ready="true"]').waitFor({ timeout: 45_000 });
    expect(await page.getByTestId('report-actions').locator('li').count()).toBe(report.actionsDone.length);
    expect((await page.getByTestId('report-spent').textContent())!.replace(/\D/g, '')).toBe(
      String(report.money.totalSek),
    );
    expect(await page.getByTestId('report-footfall-year').textContent()).toBe(sv(report.keyFigures.footfall.value));
  });
});
