import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import {
  E2E_PLANNER,
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
  ({ app, page } = await startWithPlanner({ width: 1400, height: 1000 }));
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
    await page.getByRole('tab', { name: 'Trender' }).click();
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

  it('plays the footfall counters on the map through the weeks', async () => {
    const week = page.getByRole('slider', { name: /^Vecka/ });
    await week.focus();
    await page.keyboard.press('Home');
    await expect
      .poll(() => page.getByTestId('playback-week').textContent())
      .toMatch(/^Vecka \d+, 2025 \(från 2025-1\d-\d\d\)$/);
    const first = (await page.getByTestId('playback-week').textContent())!;
    const number = first.match(/^Vecka (\d+)/)![1];
    await expect
      .poll(() => page.getByTestId('map-week').textContent())
      .toBe(`Besöksräknarna visar vecka ${number}, 2025`);
    // The circles are sized by that week's counts, which the API gives for the same week.
    const monday = first.match(/från (\d{4}-\d{2}-\d{2})/)![1];
    const weekly = await (await fetch(`${app.server.url}/api/footfall/weekly?from=${monday}&to=2026-10-26`)).json();
    const total = weekly.counters.reduce((s: number, c: { counts: (number | null)[] }) => s + (c.counts[0] ?? 0), 0);
    expect((await page.getByText(/besökare vid alla räknare den veckan/).textContent())!.replace(/\D/g, '')).toBe(
      String(total),
    );
    await page.getByRole('button', { name: /Spela upp/ }).click();
    await expect.poll(() => page.getByTestId('playback-week').textContent(), { timeout: 5000 }).not.toBe(first);
    await page.getByRole('button', { name: /Pausa/ }).click();
  });

  it("moves the vacancy slider back in time: the figures and the map's premises follow", async () => {
    const slider = page.getByRole('slider', { name: /Kartan visar lokalerna/ });
    await slider.waitFor();
    const request = page.waitForRequest(
      (r) => r.url().includes('/api/tiles/premises/') && r.url().includes('at=2024-01-01'),
    );
    await slider.focus();
    await page.keyboard.press('Home'); // the first month: 2024-01-01
    await request;
    expect(await page.getAttribute('.app', 'data-status-date')).toBe('2024-01-01');
    const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
    const vacancy = await (
      await fetch(`${app.server.url}/api/districts/district-malmo-city/vacancy?from=2024-01-01&to=2026-11-01`, {
        headers: { Cookie: cookie },
      })
    ).json();
    const first = vacancy.series[0];
    await expect
      .poll(() => page.getByTestId('vacancy-at').textContent())
      .toContain(`${first.vacant} av ${first.premises} lokaler tomma`);
    await page.keyboard.press('End');
    await expect.poll(() => page.getAttribute('.app', 'data-status-date')).toBe('now');
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
