import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium } from './browser';

/**
 * `npm run readme-screenshots -- <url>`: the README's pictures, each at 1440×900 and on a phone
 * (390×844): the planner's workspace (the demo district's trends), the stakeholder register,
 * the public map, a shared action's page, and a page of the current-state report as printed.
 * A planner's e-mail and password come from PLATSATLAS_EMAIL / PLATSATLAS_PASSWORD.
 */
const [url = 'http://localhost:8787'] = process.argv.slice(2);
const { PLATSATLAS_EMAIL: email, PLATSATLAS_PASSWORD: password } = process.env;
if (!email || !password) {
  console.error('Set PLATSATLAS_EMAIL and PLATSATLAS_PASSWORD to a planner account of the server at', url);
  process.exit(2);
}
const out = resolve(import.meta.dirname, '../web/screenshots');
mkdirSync(out, { recursive: true });

const settled = (page: Page) => page.waitForSelector('[data-map-idle="true"]', { state: 'attached', timeout: 30_000 });
// The default place's demo district and its first public action.
const districts = (await (await fetch(`${url}/api/districts`)).json()).features as {
  id: string;
  properties: { name: string };
}[];
const district = districts.find((d) => d.properties.name.startsWith('Stockholm City'))?.id ?? districts[0].id;
const action = (await (await fetch(`${url}/api/public/actions`)).json()).actions[0].id as string;

const browser = await launchChromium();
for (const [size, viewport, phone] of [
  ['desktop', { width: 1440, height: 900 }, false],
  ['phone', { width: 390, height: 844 }, true],
] as const) {
  const context = await browser.newContext({ viewport, isMobile: phone, hasTouch: phone, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const shot = (name: string) => page.screenshot({ path: `${out}/${name}-${size}.png` });

  await page.goto(`${url}/public`);
  await settled(page);
  await shot('public');
  await page.goto(`${url}/public/actions/${encodeURIComponent(action)}`);
  await settled(page);
  await page.waitForTimeout(1200); // the map's flight to the action
  await shot('shared-action');

  const response = await page.request.post(`${url}/api/auth/login`, {
    data: { email, password },
    headers: { Origin: url },
  });
  if (!response.ok()) throw new Error(`sign-in failed: ${response.status()}`);
  await page.goto(`${url}/?d=${encodeURIComponent(district)}&tab=trends`);
  await settled(page);
  await page.getByTestId('trend-chart').first().locator('canvas').waitFor();
  await page.waitForTimeout(1200);
  await shot('workspace');
  await page.goto(`${url}/?d=${encodeURIComponent(district)}&tab=register`);
  await page.getByTestId('register').locator('tbody tr').first().waitFor();
  await settled(page);
  await shot('register');

  await page.goto(`${url}/reports/current-state/${encodeURIComponent(district)}`);
  // As the server prints it: once the figures are in and the map is a still picture.
  await page.locator('[data-report-ready="true"]').waitFor({ timeout: 45_000 });
  await page.emulateMedia({ media: 'print' });
  await page.waitForTimeout(500);
  await shot('report');
  await context.close();
}
await browser.close();
console.log(`saved ten screenshots in ${out}`);
