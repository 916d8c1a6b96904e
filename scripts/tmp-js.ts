import { launchChromium } from '../server/pdf/chromium';
import { gzipSync } from 'node:zlib';
const browser = await launchChromium();
for (const path of ['/public', '/']) {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const sizes: Promise<[string, number]>[] = [];
  page.on('response', (r) => { if (/\.m?js(\?|$)/.test(r.url())) sizes.push(r.body().then((b) => [r.url().split('/').pop()!, gzipSync(b).length / 1024] as [string, number], () => ['?', 0])); });
  await page.goto('http://localhost:8787' + path);
  await page.waitForSelector('[data-map-idle="true"]', { state: 'attached', timeout: 30_000 });
  const all = (await Promise.all(sizes)).sort((a, b) => b[1] - a[1]);
  console.log(path, Math.round(all.reduce((s, [, k]) => s + k, 0)), 'KiB');
  for (const [n, k] of all) if (k > 3) console.log('  ', k.toFixed(1).padStart(6), n);
  await page.close();
}
await browser.close();
