import { launchChromium } from './browser';

/**
 * `npm run screenshot -- <url> <out.png> [width] [height]`: opens a page in headless Chromium,
 * waits for the map to settle, and saves a PNG to look at.
 */
const [url = 'http://localhost:8787/', out = 'screenshot.png', width = '1400', height = '900'] = process.argv.slice(2);
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) } });
page.on('console', (m) => {
  if (m.type() === 'error') console.error('console:', m.text());
});
page.on('pageerror', (e) => console.error('pageerror:', e.message));
await page.goto(url);
// Pages with a map wait for it to settle; pages without one (the places overview) for the network.
await page.waitForLoadState('networkidle');
if (await page.$('.maplibregl-map')) {
  await page.waitForSelector('[data-map-idle="true"]', { state: 'attached', timeout: 30_000 });
}
await page.screenshot({ path: out });
await browser.close();
console.log(`saved ${out}`);
