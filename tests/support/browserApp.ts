import { expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { copyFileSync, mkdtempSync, rmSync, mkdirSync } from 'node:fs';
import { demoTemplate } from './seededDb';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Locator, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { loadConfig } from '../../server/config';
import { startServer, type RunningServer } from '../../server/server';
import { connectBrowser } from './sharedBrowser';
import { createUser } from '../../server/store/users';

export const SCREENSHOT_DIR = fileURLToPath(new URL('../../test-results/', import.meta.url));

/** The real server on a free port over a fresh DuckDB file, plus the run's headless Chromium. */
export async function startBrowserApp() {
  const dir = mkdtempSync(join(tmpdir(), 'platsatlas-e2e-'));
  copyFileSync(demoTemplate(), join(dir, 'e2e.duckdb'));
  const server: RunningServer = await startServer(
    // No nightly backup a minute into a long file: the backups have their own tests.
    { ...loadConfig({}), port: 0, dbPath: join(dir, 'e2e.duckdb'), backupDir: null },
    () => {},
  );
  const browser: Browser = await connectBrowser();
  return {
    server,
    browser,
    async close() {
      await browser.close();
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function waitForMapIdle(page: Page) {
  await page.waitForSelector('[data-map-idle="true"]', { state: 'attached', timeout: 45_000 });
}

/** Screen position of a lon/lat on the page's map. */
export function project(page: Page, lonLat: [number, number]) {
  return page.evaluate(([lon, lat]) => {
    const p = window.__platsatlas!.map.project([lon, lat]);
    return { x: p.x, y: p.y };
  }, lonLat);
}

export async function pixelAt(page: Page, x: number, y: number): Promise<[number, number, number]> {
  const png = PNG.sync.read(await page.screenshot({ scale: 'css' }));
  const i = (Math.round(y) * png.width + Math.round(x)) * 4;
  return [png.data[i], png.data[i + 1], png.data[i + 2]];
}

/**
 * How many colours a picture in the page has (sampled): a drawn map has dozens, a blank or
 * failed capture one or two.
 */
export function coloursOf(image: Locator): Promise<number> {
  return image.evaluate(async (img: HTMLImageElement) => {
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.naturalWidth;
    canvas.height = img.naturalHeight;
    const context = canvas.getContext('2d')!;
    context.drawImage(img, 0, 0);
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
    const colours = new Set<string>();
    // ~5 000 pixels spread over the picture, whatever its size.
    const step = Math.max(1, Math.floor(data.length / 4 / 5000));
    for (let i = 0; i < data.length; i += 4 * step) colours.add(data.slice(i, i + 4).join());
    return colours.size;
  });
}

/** Saves a screenshot when a test fails, so CI shows what the user would have seen. */
export async function screenshotOnFailure(page: Page | undefined, name: string, failed: boolean) {
  if (!page || !failed) return;
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page
    .screenshot({ path: join(SCREENSHOT_DIR, `${name.replace(/\W+/g, '-')}.png`), scale: 'css' })
    .catch(() => {});
}

/** Signs in through the header's form, as a person does. */
export async function signInThroughUi(page: Page, who: { email: string; password: string }) {
  await page.getByRole('button', { name: 'Logga in' }).click();
  await page.getByLabel('E-post').fill(who.email);
  await page.getByLabel('Lösenord').fill(who.password);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await page.getByTestId('signed-in-as').waitFor();
}

export const E2E_PLANNER = { email: 'petra@malmo.example', name: 'Petra Planerare', password: 'ett-bra-lösenord-2026' };

/**
 * The desktop the browser tests use: a 13-inch laptop's screen. Every pixel is drawn in software
 * here (SwiftShader), so a larger one costs the suite time without testing more.
 */
export const DESKTOP = { width: 1280, height: 800 };

/**
 * What every test page is opened with: drawn at half a pixel per CSS pixel, a quarter of the
 * pixels of a 1× screen. Every one is SwiftShader's, on the CPU the tests and servers share, and
 * the tests check what a page does, not how sharp it is (a file that draws on the map took ~25 %
 * less time). Layout, hit testing and the map's camera are in CSS pixels, as before.
 */
export const TEST_PAGE = { deviceScaleFactor: 0.5 } as const;

/** The usual e2e start: server, browser, a planner account, and one page of the given size. */
export async function startWithPlanner(viewport = DESKTOP) {
  const app = await startBrowserApp();
  await createUser(app.server.db, { ...E2E_PLANNER, role: 'planner' });
  // bypassCSP lets a test inject axe-core into the page to check accessibility.
  const page = await app.browser.newPage({ ...TEST_PAGE, viewport, bypassCSP: true });
  return { app, page };
}

/** WCAG 2.1 A/AA violations axe-core finds on the page as it is (the page needs `bypassCSP`). */
export async function axeViolations(page: Page): Promise<string[]> {
  const source = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  await page.addScriptTag({ content: source });
  return page.evaluate(async () => {
    const result = await (
      window as unknown as {
        axe: {
          run: (ctx: Document, o: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] });
    // Which elements, so a failure says where to look.
    const where = (nodes: { target: string[] }[]) =>
      nodes
        .slice(0, 3)
        .map((n) => n.target.join(' '))
        .join(', ');
    return result.violations.map((v) => `${v.id} (${v.nodes.length}: ${where(v.nodes)})`);
  });
}

/** Opens a district tab by name, from the tab row or, when it did not fit, from the "Mer" menu. */
export async function openTab(page: Page, name: string) {
  const tab = page.getByRole('tab', { name, exact: true });
  await page.locator('.tab-bar').waitFor();
  if ((await tab.count()) === 0) {
    await page.getByRole('button', { name: /^Mer/ }).click();
    await page.getByRole('menuitem', { name, exact: true }).click();
  } else await tab.click();
  await expect.poll(() => tab.getAttribute('aria-selected')).toBe('true');
}

/** Whether a click at (x, y) lands on the map itself, not on a panel or legend above it. */
export function isMapAt(page: Page, at: { x: number; y: number }) {
  return page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.tagName === 'CANVAS', at);
}
