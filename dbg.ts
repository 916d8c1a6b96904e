import { launchChromium } from './scripts/browser';
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
page.on('pageerror', (e) => console.error('pageerror:', e.message));
await page.goto('http://localhost:8787/#16.3/55.6035/13.0015');
await page.waitForSelector('[data-parcels-loaded="true"]', { state: 'attached' });
await page.getByRole('button', { name: 'Logga in' }).click();
await page.getByLabel('E-post').fill('planerare@malmo.example');
await page.getByLabel('Lösenord').fill('demo-planerare-2026');
await page.getByRole('button', { name: 'Logga in' }).click();
await page.getByTestId('signed-in-as').waitFor();
await page.getByRole('button', { name: 'Testområdet vid Stortorget' }).click();
await page.waitForTimeout(800);
// make a second version
const d = (await (await fetch('http://localhost:8787/api/districts')).json()).features.find((f: any) => f.properties.name === 'Testområdet vid Stortorget');
if (d.properties.version === 1) {
  const corner = d.geometry.coordinates[0].reduce((a: any, b: any) => (b[0] + b[1] > a[0] + a[1] ? b : a));
  await page.getByRole('button', { name: 'Ändra gräns' }).click();
  await page.waitForTimeout(800);
  const at = await page.evaluate(([lon, lat]) => { const p = window.__platsatlas!.map.project([lon, lat]); return { x: p.x, y: p.y }; }, corner);
  await page.mouse.move(at.x, at.y, { steps: 4 }); await page.mouse.down(); await page.mouse.move(at.x + 90, at.y - 70, { steps: 8 }); await page.mouse.up();
  await page.getByLabel('Ändringsanteckning').fill('Hörnet mot torget togs med');
  await page.getByRole('button', { name: 'Spara ny version' }).click();
  await page.waitForTimeout(1500);
}
await page.getByRole('button', { name: 'Jämför med senaste' }).click();
await page.getByLabel('Ägare', { exact: true }).check();
await page.waitForTimeout(1500);
await page.screenshot({ path: '/tmp/compare.png' });
await page.getByTestId('district-parcels').locator('li button').first().click();
await page.waitForTimeout(800);
await page.getByTestId('side-panel').locator('[data-testid="owners"] button').first().click();
await page.waitForTimeout(1200);
await page.screenshot({ path: '/tmp/stakeholder.png' });
await browser.close();
