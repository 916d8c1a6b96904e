import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PNG } from 'pngjs';
import { PLANNER, anonymous, seededAppWithPlanner, type Client } from '../support/session';

let ctx: Awaited<ReturnType<typeof seededAppWithPlanner>>;
beforeAll(async () => {
  ctx = await seededAppWithPlanner();
});
afterAll(() => ctx.cleanup());

/** A company that owns parcels with premises on them, and another one. */
async function ownersWithPremises() {
  return ctx.db.all<{ stakeholderId: string; premisesId: string }>(
    `SELECT o.stakeholder_id AS "stakeholderId", min(pr.id) AS "premisesId" FROM parcel_owners o JOIN premises pr ON pr.parcel_id = o.parcel_id
     JOIN stakeholders s ON s.id = o.stakeholder_id WHERE s.id LIKE 'sh-company-%' AND o.share = 1 GROUP BY 1 ORDER BY 1 LIMIT 2`,
  );
}

type OwnerClient = Client & {
  status: number;
  sendForm: (method: string, path: string, form: FormData) => ReturnType<Client['get']>;
};

async function acceptAs(stakeholderId: string, email: string): Promise<OwnerClient> {
  const invite = await ctx.planner.send('POST', '/api/invites', { email, name: 'Anna Ägare', stakeholderId, days: 7 });
  expect(invite.status).toBe(201);
  const token = invite.body.path.split('/').pop();
  const res = await ctx.app.request('/api/invites/accept', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ token, password: 'ägarens-hemliga-ord' }),
  });
  const cookie = res.headers.get('set-cookie')?.split(';')[0] ?? '';
  const body = (await res.json()) as { csrfToken: string };
  const wrap = async (r: Response) => {
    const text = await r.text();
    return { status: r.status, text, body: text ? JSON.parse(text) : null, headers: r.headers };
  };
  return {
    status: res.status,
    get: async (path) => wrap(await ctx.app.request(path, { headers: { Cookie: cookie } })),
    send: async (method, path, b) =>
      wrap(
        await ctx.app.request(path, {
          method,
          headers: { 'Content-Type': 'application/json', Cookie: cookie, 'X-CSRF-Token': body.csrfToken },
          body: JSON.stringify(b),
        }),
      ),
    sendForm: async (method, path, form) =>
      wrap(
        await ctx.app.request(path, {
          method,
          headers: { Cookie: cookie, 'X-CSRF-Token': body.csrfToken },
          body: form,
        }),
      ),
  };
}

const photoForm = (bytes: Uint8Array) => {
  const form = new FormData();
  form.set('photo', new File([bytes as Uint8Array<ArrayBuffer>], 'lokalen.png'));
  return form;
};

describe('property owners', () => {
  let mine: { stakeholderId: string; premisesId: string };
  let theirs: { stakeholderId: string; premisesId: string };
  let owner: Awaited<ReturnType<typeof acceptAs>>;

  beforeAll(async () => {
    [mine, theirs] = await ownersWithPremises();
    owner = await acceptAs(mine.stakeholderId, 'anna@agare.example');
  });

  it("join through a planner's invitation, which works once", async () => {
    expect(owner.status).toBe(200);
    expect((await owner.get('/api/auth/me')).body.user).toMatchObject({
      role: 'owner',
      stakeholderId: mine.stakeholderId,
    });
    const again = await ctx.app.request('/api/invites/accept', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ token: 'x'.repeat(32), password: 'ett-långt-lösenord' }),
    });
    expect(again.status).toBe(404);
    expect(
      (
        await anonymous(ctx.app).send('POST', '/api/invites', {
          email: 'x@y.example',
          name: 'X',
          stakeholderId: mine.stakeholderId,
        })
      ).status,
    ).toBe(401);
  });

  it('see their own parcels and premises, and the actions near them', async () => {
    const { status, body } = await owner.get('/api/me/overview');
    expect(status).toBe(200);
    expect(body.parcels.length).toBeGreaterThan(0);
    const premisesIds = body.parcels.flatMap((p: { premises: { id: string }[] }) => p.premises.map((pr) => pr.id));
    expect(premisesIds).toContain(mine.premisesId);
    expect(premisesIds).not.toContain(theirs.premisesId);
    expect(body.distanceM).toBe(150);
  });

  it('report their premises vacant, and a planner sees it at once', async () => {
    const res = await owner.send('POST', `/api/me/premises/${mine.premisesId}/status`, {
      status: 'vacant',
      date: '2026-11-24',
    });
    expect(res.status).toBe(200);
    const seen = await ctx.planner.get(`/api/premises/${mine.premisesId}`);
    expect(seen.body.properties).toMatchObject({ status: 'vacant', statusSince: '2026-11-24' });
    expect(seen.body.history[1].to).toBe('2026-11-24');
  });

  it("cannot report on another owner's premises", async () => {
    const res = await owner.send('POST', `/api/me/premises/${theirs.premisesId}/status`, {
      status: 'vacant',
      date: '2026-11-24',
    });
    expect(res.status).toBe(403);
    expect((await anonymous(ctx.app).get(`/api/premises/${theirs.premisesId}`)).body.properties.statusSince).not.toBe(
      '2026-11-24',
    );
  });

  it('offer a vacant premises, which the public map then lists with the contact they chose', async () => {
    const res = await owner.send('PUT', `/api/me/premises/${mine.premisesId}/listing`, {
      text: 'Ljus butikslokal mot gatan.',
      contact: 'uthyrning@agare.example',
    });
    expect(res.status).toBe(200);
    const { body } = await anonymous(ctx.app).get('/api/public/vacancies?place=malmo-centrum');
    expect(body.vacancies[0]).toMatchObject({
      id: mine.premisesId,
      offer: 'Ljus butikslokal mot gatan.',
      contact: 'uthyrning@agare.example',
    });
  });

  it('add a photo to the listing, which the public map shows; a new text keeps it', async () => {
    const png = PNG.sync.write(new PNG({ width: 2, height: 2 }));
    const path = `/api/me/premises/${mine.premisesId}/listing/photo`;
    // Not an image, or another owner's premises: refused, nothing stored.
    expect((await owner.sendForm('POST', path, photoForm(new TextEncoder().encode('inte en bild')))).status).toBe(415);
    expect(
      (await owner.sendForm('POST', `/api/me/premises/${theirs.premisesId}/listing/photo`, photoForm(png))).status,
    ).toBe(403);
    const publicPhoto = () => ctx.app.request(`/api/public/vacancies/${mine.premisesId}/photo`);
    expect((await publicPhoto()).status).toBe(404);

    const res = await owner.sendForm('POST', path, photoForm(png));
    expect(res.status).toBe(200);
    const shown = await publicPhoto();
    expect(shown.status).toBe(200);
    expect(shown.headers.get('content-type')).toBe('image/png');
    expect(new Uint8Array(await shown.arrayBuffer())).toEqual(new Uint8Array(png));
    const listed = async () =>
      (await anonymous(ctx.app).get('/api/public/vacancies?place=malmo-centrum')).body.vacancies.find(
        (v: { id: string }) => v.id === mine.premisesId,
      );
    expect((await listed()).photoType).toBe('image/png');
    // Editing the text keeps the photo.
    await owner.send('PUT', `/api/me/premises/${mine.premisesId}/listing`, {
      text: 'Ljus butikslokal mot gatan.',
      contact: 'uthyrning@agare.example',
    });
    expect((await publicPhoto()).status).toBe(200);
  });

  it('take back a report of their own within a day, and the listing it ended comes back', async () => {
    const premises = () =>
      owner
        .get('/api/me/overview')
        .then((r) =>
          r.body.parcels
            .flatMap((p: { premises: { id: string }[] }) => p.premises)
            .find((p: { id: string }) => p.id === mine.premisesId),
        );
    const listed = async () =>
      (await anonymous(ctx.app).get('/api/public/vacancies?place=malmo-centrum')).body.vacancies.some(
        (v: { id: string }) => v.id === mine.premisesId,
      );
    // Vacant and listed (the tests above); now reported let from the 30th, which ends the listing.
    const vacantSince = (await premises()).since;
    expect(await listed()).toBe(true);
    const let_ = await owner.send('POST', `/api/me/premises/${mine.premisesId}/status`, {
      status: 'occupied',
      date: '2026-11-30',
    });
    expect(let_.status).toBe(200);
    expect(await listed()).toBe(false);
    const reported = await premises();
    expect(reported).toMatchObject({ status: 'occupied', since: '2026-11-30', listed: false });
    const hoursLeft = (Date.parse(reported.undoUntil) - Date.now()) / 3_600_000;
    expect(hoursLeft).toBeGreaterThan(23.9);
    expect(hoursLeft).toBeLessThanOrEqual(24);

    // Nobody else's to take back: not another owner's, not anonymous.
    const other = await acceptAs(theirs.stakeholderId, 'bertil@agare.example');
    expect((await other.send('POST', `/api/me/premises/${mine.premisesId}/status/undo`)).status).toBe(403);
    expect((await anonymous(ctx.app).send('POST', `/api/me/premises/${mine.premisesId}/status/undo`)).status).toBe(401);

    const undone = await owner.send('POST', `/api/me/premises/${mine.premisesId}/status/undo`);
    expect(undone.status).toBe(200);
    expect(undone.body).toMatchObject({ status: 'vacant', since: vacantSince });
    expect(await premises()).toMatchObject({ status: 'vacant', since: vacantSince, listed: true, undoUntil: null });
    expect(await listed()).toBe(true);
    const again = await owner.send('POST', `/api/me/premises/${mine.premisesId}/status/undo`);
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('nothing_to_undo');

    const trail = await ctx.db.all<{ action: string }>(
      `SELECT action FROM audit_log WHERE entity = 'premises' AND entity_id = $id ORDER BY occurred_at`,
      { id: mine.premisesId },
    );
    expect(trail.map((t) => t.action).slice(-2)).toEqual(['report-status', 'undo-report-status']);
  });

  it('see on the invitation page who invites them, for which company, and which e-mail becomes the login', async () => {
    const company = await ctx.planner.get(`/api/stakeholders/${theirs.stakeholderId}`);
    const invite = await ctx.planner.send('POST', '/api/invites', {
      email: 'Cecilia@Agare.example',
      name: 'Cecilia Ägare',
      stakeholderId: theirs.stakeholderId,
      days: 7,
    });
    const token = invite.body.path.split('/').pop();
    const page = await anonymous(ctx.app).get(`/api/invites/${token}`);
    expect(page.status).toBe(200);
    expect(page.headers.get('cache-control')).toBe('no-store');
    expect(page.body).toMatchObject({
      email: 'cecilia@agare.example',
      name: 'Cecilia Ägare',
      organisation: company.body.name,
      invitedBy: PLANNER.name,
      state: 'open',
    });
    expect((await anonymous(ctx.app).get('/api/invites/not-a-real-token-at-all')).status).toBe(404);
  });
});
