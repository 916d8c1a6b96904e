import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshotOnFailure, signInThroughUi, startBrowserApp } from '../support/browserApp';
import { createUser } from '../../server/store/users';

let app: Awaited<ReturnType<typeof startBrowserApp>>;
let page: Page;
const OWNER = { email: 'anna@agare.example', name: 'Anna Ägare', password: 'ägarens-hemliga-ord' };
const PLANNER = { email: 'petra@malmo.example', name: 'Petra Planerare', password: 'ett-bra-lösenord-2026' };
let premisesId: string;

beforeAll(async () => {
  app = await startBrowserApp();
  // A company owning a whole parcel with an occupied premises on it.
  const row = await app.server.db.one<{ stakeholderId: string; premisesId: string }>(
    `SELECT o.stakeholder_id AS "stakeholderId", min(pr.id) AS "premisesId" FROM parcel_owners o JOIN premises pr ON pr.parcel_id = o.parcel_id
     JOIN premises_status st ON st.premises_id = pr.id AND st.valid_to IS NULL AND st.status = 'occupied'
     WHERE o.stakeholder_id LIKE 'sh-company-%' AND o.share = 1 GROUP BY 1 ORDER BY 1 LIMIT 1`,
  );
  premisesId = row!.premisesId;
  await createUser(app.server.db, { ...OWNER, role: 'owner', stakeholderId: row!.stakeholderId });
  await createUser(app.server.db, { ...PLANNER, role: 'planner' });
  page = await app.browser.newPage({ viewport: { width: 1400, height: 900 } });
});
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
    await panel.locator(`li[data-premises="${premisesId}"]`).waitFor();
  });

  it('marks the premises vacant', async () => {
    const item = page.locator(`li[data-premises="${premisesId}"]`);
    await item.getByRole('button', { name: 'Anmäl som tom' }).click();
    await expect.poll(() => item.locator('.status').textContent()).toMatch(/^Tom sedan/);
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
