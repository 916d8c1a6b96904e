import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium } from './browser';

const PDFJS = readFileSync(fileURLToPath(import.meta.resolve('unpdf/pdfjs')), 'utf8');

/**
 * Draws the first page of a PDF with pdf.js on a page of its own (a reader's grey around it),
 * fitted to the window: the report as it is printed, not the web view it is printed from.
 */
async function showPdfPage(page: Page, bytes: Buffer) {
  const origin = 'http://pdf.localhost';
  await page.route(`${origin}/**`, (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path === '/pdf.mjs') return route.fulfill({ body: PDFJS, contentType: 'text/javascript' });
    if (path === '/report.pdf') return route.fulfill({ body: bytes, contentType: 'application/pdf' });
    return route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><body style="margin:0;background:#525659;display:grid;place-items:center;min-height:100vh">
<canvas id="sheet" style="box-shadow:0 2px 12px #0008"></canvas>
<script type="module">
import { getDocument } from './pdf.mjs';
const pdf = await getDocument({ data: new Uint8Array(await (await fetch('./report.pdf')).arrayBuffer()) }).promise;
const first = await pdf.getPage(1);
const unit = first.getViewport({ scale: 1 });
const scale = Math.min((innerWidth - 16) / unit.width, (innerHeight - 16) / unit.height) * devicePixelRatio;
const viewport = first.getViewport({ scale });
const sheet = document.getElementById('sheet');
sheet.width = viewport.width;
sheet.height = viewport.height;
sheet.style.width = viewport.width / devicePixelRatio + 'px';
await first.render({ canvasContext: sheet.getContext('2d'), viewport }).promise;
document.body.dataset.drawn = 'true';
</script></body>`,
    });
  });
  await page.goto(`${origin}/`);
  await page.locator('body[data-drawn="true"]').waitFor({ timeout: 30_000 });
}

/**
 * `npm run readme-screenshots -- <url>`: the README's pictures, each at 1440×900 and on a phone
 * (390×844): the planner's workspace (the demo district's trends), the stakeholder register,
 * the public map, a shared action's page, and page 1 of the current-state report's PDF.
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

  // The report as the planner downloads it: page 1 of the server's PDF, drawn by pdf.js.
  const pdf = await page.request.get(`${url}/api/districts/${encodeURIComponent(district)}/reports/current-state.pdf`);
  if (!pdf.ok()) throw new Error(`the report PDF failed: ${pdf.status()}`);
  await showPdfPage(page, await pdf.body());
  await shot('report');
  await context.close();
}
await browser.close();
console.log(`saved ten screenshots in ${out}`);
