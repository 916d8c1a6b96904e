import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium } from './browser';

/**
 * `npm run readme-screenshots -- <url>`: the README's pictures of the first screen, the planner
 * map (signed in, the demo district open) and the public map, at 1440×900 and on a phone
 * (390×844). A planner's e-mail and password come from PLATSATLAS_EMAIL / PLATSATLAS_PASSWORD.
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

const browser = await launchChromium();
for (const [name, viewport, phone] of [
  ['desktop', { width: 1440, height: 900 }, false],
  ['phone', { width: 390, height: 844 }, true],
] as const) {
  const context = await browser.newContext({ viewport, isMobile: phone, hasTouch: phone, deviceScaleFactor: 1 });
  const page = await context.newPage();
  await page.goto(`${url}/public`);
  await settled(page);
  await page.screenshot({ path: `${out}/public-${name}.png` });

  await page.goto(url);
  await settled(page);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await page.getByLabel('E-post').fill(email);
  await page.getByLabel('Lösenord').fill(password);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await page.getByTestId('signed-in-as').waitFor();
  await page.getByRole('button', { name: 'Stockholm City – Hötorget till Östermalmstorg' }).click();
  await page.getByTestId('district-parcels').waitFor({ timeout: 30_000 });
  await settled(page);
  await page.screenshot({ path: `${out}/planner-${name}.png` });
  await context.close();
}
await browser.close();
console.log(`saved four screenshots in ${out}`);
