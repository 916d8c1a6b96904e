import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import {
  axeViolations,
  DESKTOP,
  screenshotOnFailure,
  signInThroughUi,
  startBrowserApp,
  TEST_PAGE,
} from '../support/browserApp';
import { createUser } from '../../server/store/users';

let app: Awaited<ReturnType<typeof startBrowserApp>>;
let page: Page;
const OWNER = { email: 'anna@agare.example', name: 'Anna Ägare', password: 'ägarens-hemliga-ord' };
const PLANNER = { email: 'petra@malmo.example', name: 'Petra Planerare', password: 'ett-bra-lösenord-2026' };
let premisesId: string;
let designation: string;

beforeAll(async () => {
  app = await startBrowserApp();
  // A company owning a whole parcel with an occupied premises on it.
  const row = await app.server.db.one<{ stakeholderId: string; premisesId: string }>(
    `SELECT o.stakeholder_id AS "stakeholderId", min(pr.id) AS "premisesId" FROM parcel_owners o JOIN premises pr ON pr.parcel_id = o.parcel_id
     JOIN premises_status st ON st.premises_id = pr.id AND st.valid_to IS NULL AND st.status = 'occupied'
     WHERE o.stakeholder_id LIKE 'sh-company-%' AND o.share = 1 GROUP BY 1 ORDER BY 1 LIMIT 1`,
  );
  premisesId = row!.premisesId;
  designation = (await app.server.db.one<{ designation: string }>(
    'SELECT pa.designation FROM premises pr JOIN parcels pa ON pa.id = pr.parcel_id WHERE pr.id = $id',
    { id: premisesId },
  ))!.designation;
  await createUser(app.server.db, { ...OWNER, role: 'owner', stakeholderId: row!.stakeholderId });
  await createUser(app.server.db, { ...PLANNER, role: 'planner' });
  // bypassCSP lets the accessibility audit's script into the page.
  page = await app.browser.newPage({ ...TEST_PAGE, viewport: DESKTOP, bypassCSP: true });
});

const PHONE = { width: 390, height: 844 };

/** axe-core's WCAG 2.1 A/AA findings on the page as it is now, on a phone and on the desktop. */
async function violationsAtBothSizes(on: Page) {
  const found: string[] = [];
  for (const size of [PHONE, DESKTOP]) {
    await on.setViewportSize(size);
    found.push(...(await axeViolations(on)).map((v) => `${size.width}px: ${v}`));
  }
  return found;
}
afterEach(async (ctx) => {
  await screenshotOnFailure(page, ctx.task.name, ctx.task.result?.state === 'fail');
});
afterAll(async () => {
  await app.close();
});

describe('a property owner reports a premises vacant and the planner sees it', () => {
  it('signs in and sees "Mina fastigheter"', async () => {
    await page.goto(app.server.url);
    await signInThroughUi(page, OWNER);
    const panel = page.getByTestId('owner-panel');
    await panel.waitFor();
    expect(await panel.locator('h2').textContent()).toBe('Mina fastigheter');
    // Every premises of theirs in one table: found by its parcel, opened by a click.
    await panel.getByRole('searchbox', { name: 'Sök lokal, fastighet eller slag' }).fill(designation);
    await panel.locator(`tr[data-premises-row="${premisesId}"]`).click();
    await panel.locator(`section[data-premises="${premisesId}"]`).waitFor();
    expect(await violationsAtBothSizes(page)).toEqual([]);
    // On a phone the table has two columns, each cell saying two things one above the other.
    await page.setViewportSize(PHONE);
    const row = panel.locator(`tr[data-premises-row="${premisesId}"]`);
    await expect.poll(() => row.locator('td').count()).toBe(2);
    expect(await row.locator('td').first().locator('.cell-line').nth(1).textContent()).toContain(designation);
    await page.setViewportSize(DESKTOP);
    await expect.poll(() => row.locator('td').count()).toBe(3);
  });

  it('reports the premises vacant from a date it confirms, and can take it back', async () => {
    const item = page.locator(`section[data-premises="${premisesId}"]`);
    const status = () => item.locator('.status').textContent();
    const before = await status();
    const today = new Date().toLocaleDateString('sv-SE');
    await item.getByRole('button', { name: 'Anmäl som tom' }).click();
    const form = item.getByRole('form', { name: 'Anmäl som tom' });
    expect(await form.getByLabel('Tom från och med').inputValue()).toBe(today);
    expect(await form.textContent()).toContain(`räknas som tom från ${today}`);
    // Nothing changes until it is confirmed.
    expect(await status()).toBe(before);
    expect(await violationsAtBothSizes(page)).toEqual([]);
    await form.getByRole('button', { name: 'Bekräfta' }).click();
    await expect.poll(status).toBe(`Tom sedan ${today}`);

    await item.getByRole('button', { name: 'Ångra anmälan' }).click();
    await expect.poll(status).toBe(before);
    expect(await item.getByRole('button', { name: 'Ångra anmälan' }).count()).toBe(0);

    await item.getByRole('button', { name: 'Anmäl som tom' }).click();
    await item.getByRole('button', { name: 'Bekräfta' }).click();
    await expect.poll(status).toBe(`Tom sedan ${today}`);
  });

  it('lists it, and the listing’s link opens it on the public map', async () => {
    const item = page.locator(`section[data-premises="${premisesId}"]`);
    await item.getByRole('button', { name: 'Annonsera som ledig' }).click();
    await item.getByLabel('Beskrivning för allmänheten').fill('Ljus hörnlokal med skyltfönster.');
    await item.getByLabel('Kontakt (visas publikt)').fill('Centrumkontoret');
    await item.getByLabel('Foto av lokalen (frivilligt, högst 5 MB)').setInputFiles({
      name: 'lokalen.png',
      mimeType: 'image/png',
      buffer: PNG.sync.write(new PNG({ width: 40, height: 30 })),
    });
    expect(await violationsAtBothSizes(page)).toEqual([]);
    await item.getByRole('button', { name: 'Publicera' }).click();
    const link = item.getByRole('link', { name: 'visa annonsen' });
    await link.waitFor();
    await item.getByRole('button', { name: 'Ändra annonsen' }).waitFor(); // the form closes, the listing can be edited
    await link.click();
    const listed = page.locator(`#vacancy-${premisesId}`);
    await listed.waitFor();
    expect(await listed.getAttribute('aria-current')).toBe('true');
    expect(await listed.textContent()).toContain('Ljus hörnlokal med skyltfönster.');
    // With the photo the owner chose, as the public sees it.
    const photo = listed.getByRole('img', { name: /^Foto av / });
    await expect.poll(() => photo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(40);
    await page.goto(app.server.url);
  });

  it('the planner finds it vacant, from today', async () => {
    const login = await fetch(`${app.server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: PLANNER.email, password: PLANNER.password }),
    });
    const cookie = login.headers.get('set-cookie')!.split(';')[0];
    const premises = await (
      await fetch(`${app.server.url}/api/premises/${premisesId}`, { headers: { Cookie: cookie } })
    ).json();
    expect(premises.properties.status).toBe('vacant');
    expect(premises.properties.statusSince).toBe(new Date().toLocaleDateString('sv-SE'));
    const b = premises.geometry.coordinates;
    const vacant = await (
      await fetch(
        `${app.server.url}/api/premises?bbox=${b[0] - 0.001},${b[1] - 0.001},${b[0] + 0.001},${b[1] + 0.001}&status=vacant`,
        { headers: { Cookie: cookie } },
      )
    ).json();
    expect(vacant.features.map((f: { id: string }) => f.id)).toContain(premisesId);
  });
});

describe('an invitation', () => {
  it('says who invites, for which company, and which e-mail becomes the login', async () => {
    const login = await fetch(`${app.server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: PLANNER.email, password: PLANNER.password }),
    });
    const cookie = login.headers.get('set-cookie')!.split(';')[0];
    const { csrfToken } = (await login.json()) as { csrfToken: string };
    const company = await app.server.db.one<{ id: string; name: string }>(
      "SELECT id, name FROM stakeholders WHERE id LIKE 'sh-company-%' ORDER BY id DESC LIMIT 1",
    );
    const invite = await fetch(`${app.server.url}/api/invites`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Cookie: cookie, 'X-CSRF-Token': csrfToken },
      body: JSON.stringify({ email: 'bo@agare.example', name: 'Bo Ägare', stakeholderId: company!.id }),
    });
    const { path } = (await invite.json()) as { path: string };
    const visitor = await app.browser.newPage({ ...TEST_PAGE, viewport: PHONE, bypassCSP: true });
    try {
      await visitor.goto(app.server.url + path);
      const from = visitor.getByTestId('invite-from');
      await from.waitFor();
      expect(await from.textContent()).toContain(`${PLANNER.name} har bjudit in dig`);
      expect(await from.textContent()).toContain(company!.name);
      expect(await visitor.locator('main').textContent()).toContain('Ditt konto blir bo@agare.example');
      expect(await violationsAtBothSizes(visitor)).toEqual([]);
    } finally {
      await visitor.close();
    }
  });
});
