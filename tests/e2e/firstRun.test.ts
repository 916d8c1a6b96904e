import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { loadConfig } from '../../server/config';
import { startServer, type RunningServer } from '../../server/server';
import { connectBrowser } from '../support/sharedBrowser';
import { demoTemplate } from '../support/seededDb';
import { axeViolations, screenshotOnFailure, waitForMapIdle, TEST_PAGE } from '../support/browserApp';

const dir = mkdtempSync(join(tmpdir(), 'platsatlas-first-run-'));
const printed: string[] = [];
let server: RunningServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  // A fresh installation: the demo data, and no planner account.
  copyFileSync(demoTemplate(), join(dir, 'first.duckdb'));
  server = await startServer({ ...loadConfig({}), port: 0, dbPath: join(dir, 'first.duckdb') }, (line) =>
    printed.push(line),
  );
  browser = await connectBrowser();
  // bypassCSP lets the accessibility audit's script into the page.
  page = await browser.newPage({ ...TEST_PAGE, viewport: { width: 1280, height: 800 }, bypassCSP: true });
});
afterEach(async (ctx) => {
  await screenshotOnFailure(page, ctx.task.name, ctx.task.result?.state === 'fail');
});
afterAll(async () => {
  await browser.close();
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the first run, in the browser', () => {
  it('prints a one-time link; opening it creates the first planner, who lands on the map signed in', async () => {
    const lines = printed.filter((l) => /\/setup\//.test(l));
    expect(lines).toHaveLength(1);
    const link = lines[0].match(/http:\/\/\S+\/setup\/[\w-]+/)![0];

    await page.goto(link);
    await page.getByRole('heading', { name: 'Skapa det första planerarkontot' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await axeViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.getByLabel('Ditt namn').fill('Anna Planerare');
    await page.getByLabel('E-post').fill('anna@kommun.example');
    await page.getByLabel('Lösenord').fill('ett-långt-lösenord');
    await page.getByRole('button', { name: 'Skapa kontot och logga in' }).click();
    await page.waitForURL((url) => url.pathname === '/');
    await waitForMapIdle(page);
    await expect.poll(() => page.getByTestId('signed-in-as').textContent()).toContain('Anna Planerare');
    await page.getByRole('button', { name: 'Rita nytt område' }).waitFor();

    // The link has done its job: it answers 404 now, as any other token does.
    expect((await fetch(link)).status).toBe(404);
    expect((await fetch(link.replace(/[\w-]+$/, 'gissat'))).status).toBe(404);
  });
});
