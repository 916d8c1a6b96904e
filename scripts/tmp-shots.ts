import { loadConfig } from '../server/config';
import { startServer } from '../server/server';
import { createUser } from '../server/store/users';
import { launchChromium } from './browser';

const server = await startServer({ ...loadConfig({}), port: 0, dbPath: '/tmp/shots.duckdb', backupDir: null }, () => {});
const db = server.db;
const row = await db.one<{ stakeholderId: string; premisesId: string }>(
  `SELECT o.stakeholder_id AS "stakeholderId", min(pr.id) AS "premisesId" FROM parcel_owners o JOIN premises pr ON pr.parcel_id = o.parcel_id
   JOIN premises_status st ON st.premises_id = pr.id AND st.valid_to IS NULL AND st.status = 'occupied'
   WHERE o.stakeholder_id LIKE 'sh-company-%' AND o.share = 1 GROUP BY 1 ORDER BY 1 LIMIT 1`,
);
const OWNER = { email: 'anna@agare.example', name: 'Anna Ägare', password: 'ägarens-hemliga-ord' };
await createUser(db, { ...OWNER, role: 'owner', stakeholderId: row!.stakeholderId }).catch(() => {});
const PLANNER = { email: 'petra@kommun.example', name: 'Petra Planerare', password: 'ett-bra-lösenord-2026' };
await createUser(db, { ...PLANNER, role: 'planner' }).catch(() => {});
const browser = await launchChromium();
for (const [w, h, tag] of [[1440, 900, 'desktop'], [390, 844, 'phone']] as const) {
  const page = await browser.newPage({ viewport: { width: w, height: h } });
  await page.goto(server.url);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await page.getByLabel('E-post').fill(OWNER.email);
  await page.getByLabel('Lösenord').fill(OWNER.password);
  await page.getByRole('button', { name: 'Logga in' }).click();
  const item = page.locator(`li[data-premises="${row!.premisesId}"]`);
  await item.waitFor();
  await item.scrollIntoViewIfNeeded();
  if (tag === 'desktop') {
    await item.getByRole('button', { name: 'Anmäl som tom' }).click();
    await page.screenshot({ path: `/tmp/owner-confirm-${tag}.png` });
    await item.getByRole('button', { name: 'Bekräfta' }).click();
    await item.getByRole('button', { name: 'Ångra anmälan' }).waitFor();
    await item.getByRole('button', { name: 'Annonsera som ledig' }).click();
    await item.getByLabel('Beskrivning för allmänheten').fill('Ljus hörnlokal med skyltfönster mot gatan.');
    await item.getByLabel('Kontakt (visas publikt)').fill('Centrumkontoret, 08-000 00');
    await item.getByRole('button', { name: 'Publicera' }).click();
    await item.getByRole('link', { name: 'visa annonsen' }).waitFor();
  }
  await page.screenshot({ path: `/tmp/owner-${tag}.png` });
  if (tag === 'desktop') {
    await item.getByRole('link', { name: 'visa annonsen' }).click();
    await page.locator(`#vacancy-${row!.premisesId}`).waitFor();
    await page.waitForSelector('[data-map-idle="true"]', { state: 'attached', timeout: 30_000 });
    await page.waitForTimeout(2500);
    await page.screenshot({ path: `/tmp/public-vacancy-${tag}.png` });
  }
  await page.close();
}
// Invitation page.
const login = await fetch(`${server.url}/api/auth/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email: PLANNER.email, password: PLANNER.password }) });
const cookie = login.headers.get('set-cookie')!.split(';')[0];
const { csrfToken } = (await login.json()) as { csrfToken: string };
const inv = await fetch(`${server.url}/api/invites`, { method: 'POST', headers: { 'Content-Type': 'application/json', Cookie: cookie, 'X-CSRF-Token': csrfToken }, body: JSON.stringify({ email: 'bo@agare.example', name: 'Bo Ägare', stakeholderId: row!.stakeholderId }) });
const { path } = (await inv.json()) as { path: string };
const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
await page.goto(server.url + path);
await page.getByTestId('invite-from').waitFor();
await page.screenshot({ path: '/tmp/invite-phone.png' });
await browser.close();
await server.close();
