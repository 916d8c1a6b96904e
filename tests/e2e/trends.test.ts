import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import {
  E2E_PLANNER,
  openTab,
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
const dir = mkdtempSync(join(tmpdir(), 'platsatlas-csv-'));

beforeAll(async () => {
  ({ app, page } = await startWithPlanner());
});
afterEach(async (ctx) => {
  await screenshotOnFailure(page, ctx.task.name, ctx.task.result?.state === 'fail');
});
afterAll(async () => {
  await app.close();
});

async function weekTotal(week: string) {
  const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
  const res = await fetch(
    `${app.server.url}/api/districts/district-malmo-city/footfall?from=${week}&to=2026-10-26&interval=week`,
    { headers: { Cookie: cookie } },
  );
  return (await res.json()).series[0].count as number;
}

describe('a planner follows footfall and imports new counts', () => {
  it("sees the district's weekly chart against last year, and the week's rhythm", async () => {
    await page.goto(`${app.server.url}/p/malmo-centrum/#15/55.6040/13.0000`);
    await signInThroughUi(page, PLANNER);
    await page.getByRole('button', { name: 'Malmö City – Gamla staden' }).click();
    await openTab(page, 'Trender');
    await page.getByTestId('trend-chart').first().locator('canvas').waitFor();
    await expect.poll(() => page.getByTestId('yoy').textContent()).toMatch(/^[+−][\d,]+ % mot samma period i fjol$/);
    await expect.poll(() => page.getByTestId('profile').locator('tbody tr').count()).toBe(7);
    // The year's events are shaded on the chart and listed under it.
    await expect.poll(() => page.getByTestId('trend-chart').first().getAttribute('data-events')).not.toBe('0');
    expect(await page.getByTestId('event-list').textContent()).toContain('Malmöfestivalen');
    // The turnover index of every zone as lines.
    await page.getByTestId('index-chart').locator('canvas').waitFor();
  });

  it('switches the chart between hours, days, weeks and months', async () => {
    const request = page.waitForRequest(
      (r) => r.url().includes('/api/districts/district-malmo-city/footfall?') && r.url().includes('interval=day'),
    );
    await page.getByRole('radiogroup', { name: 'Upplösning' }).getByLabel('Dag').check();
    await request;
    await expect.poll(() => page.getByRole('heading', { name: 'Besökare per dag' }).count()).toBe(1);
    await page.getByRole('radiogroup', { name: 'Upplösning' }).getByLabel('Vecka').check();
    await expect.poll(() => page.getByRole('heading', { name: 'Besökare per vecka' }).count()).toBe(1);
  });

  it('moves one time cursor: the map, every chart, the key figures and the vacancy figures follow', async () => {
    const slider = page.getByRole('slider', { name: /^Vecka/ });
    const premisesTile = page.waitForRequest((r) =>
      /\/api\/tiles\/premises\+counters\/.*at=2025-1\d-\d\d/.test(r.url()),
    );
    await slider.focus();
    await page.keyboard.press('Home'); // the first week of the twelve months
    await expect.poll(() => page.getByTestId('time-week').textContent()).toMatch(/^Vecka \d+, 2025 · /);
    const monday = (await page.getAttribute('.app', 'data-week'))!;
    expect(monday).toMatch(/^2025-1\d-\d\d$/);
    expect(new Date(`${monday}T12:00:00Z`).getUTCDay()).toBe(1);
    // The map: premises as they were that Monday, the counters sized by that week, and it says so.
    const asked = new URL((await premisesTile).url()).searchParams;
    expect([asked.get('at'), asked.get('week')]).toEqual([monday, monday]);
    // Each counter on the map carries that week's count, as the weekly route sums it.
    const nextMonday = new Date(Date.parse(`${monday}T12:00:00Z`) + 7 * 86_400_000).toISOString().slice(0, 10);
    const weekly = await (await fetch(`${app.server.url}/api/footfall/weekly?from=${monday}&to=${nextMonday}`)).json();
    const expected = Object.fromEntries(
      weekly.counters.map((c: { id: string; counts: number[] }) => [c.id, c.counts[0]]),
    );
    const drawn = () =>
      page.evaluate(() =>
        window
          .__platsatlas!.map.queryRenderedFeatures({ layers: ['footfall'] })
          .map((f) => [String(f.properties.id), f.properties.count]),
      );
    // Tile by tile the map takes the new week: wait until every counter drawn has it.
    const stale = async () => {
      const counters = await drawn();
      return counters.length === 0 ? ['none drawn'] : counters.filter(([id, count]) => expected[id] !== count);
    };
    await expect.poll(stale).toEqual([]);
    const label = (await page.getByTestId('time-week').textContent())!;
    expect(await page.getByTestId('map-week').textContent()).toContain(`Kartan visar ${label}`);
    expect(new URL(page.url()).searchParams.get('t')).toMatch(/^2025-W\d\d$/);
    // Every chart draws the cursor at that week.
    const x = String(Date.parse(`${monday}T00:00:00Z`) / 1000);
    await expect
      .poll(
        async () =>
          await page.getByTestId('trend-chart').evaluateAll((els) => els.map((e) => e.getAttribute('data-marker'))),
      )
      .toEqual([x, x, x]);
    // The key figures: the district's visitors that week, as the API counts them.
    const sum = await weekTotal(monday);
    await expect
      .poll(async () =>
        (await page.getByTestId('kpi-footfall').locator('.kpi-value').textContent())!.replace(/\D/g, ''),
      )
      .toBe(String(sum));
    // The vacancy figures of that month.
    const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
    const vacancy = await (
      await fetch(`${app.server.url}/api/districts/district-malmo-city/vacancy?from=2024-01-01&to=2026-11-01`, {
        headers: { Cookie: cookie },
      })
    ).json();
    const month = vacancy.series.find((m: { at: string }) => m.at === `${monday.slice(0, 7)}-01`);
    await expect
      .poll(() => page.getByTestId('vacancy-at').textContent())
      .toContain(`${month.vacant} av ${month.premises} lokaler tomma`);
    expect(await page.getByTestId('kpi-vacancy').textContent()).toContain(
      `${month.vacant} av ${month.premises} lokaler tomma`,
    );

    // A click on a chart moves the cursor to the week clicked.
    const chart = page.getByTestId('trend-chart').first().locator('.u-over');
    const box = (await chart.boundingBox())!;
    await page.mouse.click(box.x + box.width * 0.6, box.y + box.height / 2);
    await expect.poll(() => page.getAttribute('.app', 'data-week')).not.toBe(monday);
    const clicked = (await page.getAttribute('.app', 'data-week'))!;
    expect(clicked > monday).toBe(true);
    await expect
      .poll(async () => await page.getByTestId('trend-chart').first().getAttribute('data-marker'))
      .toBe(String(Date.parse(`${clicked}T00:00:00Z`) / 1000));

    // Playback moves it week by week; "Senaste" brings back today.
    await page.getByRole('button', { name: /Spela upp/ }).click();
    await expect.poll(() => page.getAttribute('.app', 'data-week'), { timeout: 5000 }).not.toBe(clicked);
    await page.getByRole('button', { name: /Pausa/ }).click();
    await page.getByTestId('time-bar').getByRole('button', { name: 'Senaste' }).click();
    await expect.poll(() => page.getAttribute('.app', 'data-week')).toBe('latest');
    expect(await page.getByTestId('map-week').count()).toBe(0);
    expect(new URL(page.url()).searchParams.get('t')).toBeNull();
  });

  it('opens a counter from the map with its own chart against last year', async () => {
    const { features } = await (await fetch(`${app.server.url}/api/footfall/counters`)).json();
    const stortorget = features.find((f: { id: string }) => f.id === 'ff-stortorget');
    await waitForMapIdle(page);
    const at = await project(page, stortorget.geometry.coordinates);
    const request = page.waitForRequest((r) => r.url().includes('/api/footfall/counters/ff-stortorget/counts?'));
    await page.mouse.click(at.x, at.y);
    await request;
    await expect.poll(() => page.getByRole('heading', { name: stortorget.properties.name }).count()).toBe(1);
    await expect.poll(() => page.getByTestId('yoy').textContent()).toMatch(/^[+−][\d,]+ % mot samma period i fjol$/);
    await page.getByRole('button', { name: 'Stäng' }).click();
    await page.getByRole('tab', { name: 'Trender' }).waitFor();
  });

  it('previews a CSV with a problem, then imports a good one and the numbers change', async () => {
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, 'räknare;tidpunkt;antal\nff-stortorget;2026-10-19 08:00;5\nff-stortorget;2026-10-19 08:30;5\n');
    await page.getByLabel('CSV-fil').setInputFiles(bad);
    await expect.poll(() => page.getByTestId('import-errors').textContent()).toContain('not on the hour');
    expect(await page.getByRole('button', { name: 'Läs in', exact: true }).isDisabled()).toBe(true);

    const before = await weekTotal('2026-10-19');
    const good = join(dir, 'good.csv');
    // Replaces Monday 08:00 at Stortorget with a count 10 000 higher than the seed's.
    const current = await (
      await fetch(
        `${app.server.url}/api/footfall/counters/ff-stortorget/counts?from=2026-10-19&to=2026-10-20&interval=hour`,
      )
    ).json();
    const eight = current.series.find((b: { t: string }) => b.t.startsWith('2026-10-19T08:00')).count;
    writeFileSync(good, `räknare;tidpunkt;antal\nff-stortorget;2026-10-19 08:00;${eight + 10_000}\n`);
    await page.getByLabel('CSV-fil').setInputFiles(good);
    await expect.poll(() => page.getByTestId('import-summary').textContent()).toBe('1 rader, 0 fel');
    await page.getByRole('button', { name: 'Läs in', exact: true }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toContain('0 nya, 1 ändrade');
    expect(await weekTotal('2026-10-19')).toBe(before + 10_000);
  });

  it('imports premises status changes: the preview speaks Swedish and the vacant count follows', async () => {
    const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
    const vacancy = async () =>
      await (
        await fetch(`${app.server.url}/api/districts/district-malmo-city/vacancy?from=2026-10-01&to=2026-11-01`, {
          headers: { Cookie: cookie },
        })
      ).json();
    const before = await vacancy();
    const empty = before.vacantNow[0];
    const file = join(dir, 'status.csv');
    writeFileSync(file, `lokal;status;datum\n${empty.id};uthyrd;2026-11-02\n`);
    await page.getByLabel('Vad vill du läsa in?').selectOption('premises-status');
    await page.getByLabel('CSV-fil').setInputFiles(file);
    await expect.poll(() => page.getByTestId('import-preview').textContent()).toContain('Uthyrd');
    await page.getByRole('button', { name: 'Läs in', exact: true }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toContain('1 ändrade');
    const after = await vacancy();
    expect(after.vacantNow.length).toBe(before.vacantNow.length - 1);
    await expect
      .poll(() => page.getByRole('heading', { name: /tomma lokaler nu|tom lokal nu/ }).textContent())
      .toContain(String(after.vacantNow.length));
  });
});
