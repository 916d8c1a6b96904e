import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymous, seededAppWithPlanner, signedIn } from '../support/session';

let ctx: Awaited<ReturnType<typeof seededAppWithPlanner>>;
beforeAll(async () => {
  ctx = await seededAppWithPlanner();
});
afterAll(() => ctx.cleanup());

const firstParcel = async () =>
  (await anonymous(ctx.app).get('/api/parcels?bbox=12.999,55.602,13.004,55.6045')).body.features[0];

describe('planners keep the stakeholder register', () => {
  let id: string;

  it('is closed to anyone who is not a signed-in planner', async () => {
    expect((await anonymous(ctx.app).get('/api/stakeholders')).status).toBe(401);
    expect((await anonymous(ctx.app).send('POST', '/api/stakeholders', { kind: 'business', name: 'X' })).status).toBe(
      401,
    );
    const owner = await signedIn(ctx.app, ctx.db, 'owner', {
      email: 'agare@malmo.example',
      name: 'Ägare',
      password: 'ägarens-lösenord',
    });
    expect((await owner.get('/api/stakeholders')).status).toBe(403);
  });

  it('adds a company with a valid organisation number', async () => {
    const res = await ctx.planner.send('POST', '/api/stakeholders', {
      kind: 'business',
      name: 'Stortorgets Blomsterhandel AB',
      orgNumber: '5560160680',
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      name: 'Stortorgets Blomsterhandel AB',
      orgNumber: '556016-0680',
      engagementStep: 'identified',
      updatedBy: expect.any(String),
    });
    id = res.body.id;
  });

  it('refuses an organisation number whose check digit is wrong', async () => {
    const res = await ctx.planner.send('POST', '/api/stakeholders', {
      kind: 'business',
      name: 'Felnummer AB',
      orgNumber: '556016-0681',
    });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/kontrollsiffran/);
    expect((await ctx.planner.get('/api/stakeholders?q=Felnummer')).body.stakeholders).toEqual([]);
  });

  it('moves a stakeholder up the engagement ladder', async () => {
    const res = await ctx.planner.send('PATCH', `/api/stakeholders/${id}`, { engagementStep: 'letter-of-intent' });
    expect(res.status).toBe(200);
    expect((await ctx.planner.get(`/api/stakeholders/${id}`)).body.engagementStep).toBe('letter-of-intent');
    expect(
      (await ctx.planner.send('PATCH', `/api/stakeholders/${id}`, { engagementStep: 'best-friends' })).status,
    ).toBe(400);
  });

  it('keeps a dated contact log', async () => {
    await ctx.planner.send('POST', `/api/stakeholders/${id}/contacts`, {
      date: '2026-10-02',
      channel: 'meeting',
      note: 'Träff i butiken om julbelysning.',
    });
    await ctx.planner.send('POST', `/api/stakeholders/${id}/contacts`, {
      date: '2026-11-12',
      channel: 'letter',
      note: 'Avsiktsförklaring skickad.',
    });
    const { body } = await ctx.planner.get(`/api/stakeholders/${id}`);
    expect(body.contacts.map((c: { date: string }) => c.date)).toEqual(['2026-11-12', '2026-10-02']);
    expect(body.contacts[0]).toMatchObject({ channel: 'letter', createdBy: 'Petra Planerare' });
    expect(
      (
        await ctx.planner.send('POST', `/api/stakeholders/${id}/contacts`, {
          date: '2026-13-01',
          channel: 'meeting',
          note: 'x',
        })
      ).status,
    ).toBe(400);
  });

  it('links a stakeholder to a parcel, but never beyond 100 % ownership', async () => {
    const parcel = await firstParcel();
    const before = (await anonymous(ctx.app).get(`/api/parcels/${parcel.id}`)).body.owners;
    const refused = await ctx.planner.send('PUT', `/api/stakeholders/${id}/parcels/${parcel.id}`, { share: 0.5 });
    expect(refused.status).toBe(422);
    expect((await anonymous(ctx.app).get(`/api/parcels/${parcel.id}`)).body.owners).toEqual(before);

    // The seeded owners step back to one half together; the new stakeholder takes the other half.
    for (const o of before)
      expect(
        (await ctx.planner.send('PUT', `/api/stakeholders/${o.id}/parcels/${parcel.id}`, { share: o.share / 2 }))
          .status,
      ).toBe(200);
    expect((await ctx.planner.send('PUT', `/api/stakeholders/${id}/parcels/${parcel.id}`, { share: 0.6 })).status).toBe(
      422,
    );
    expect((await ctx.planner.send('PUT', `/api/stakeholders/${id}/parcels/${parcel.id}`, { share: 0.5 })).status).toBe(
      200,
    );
    const after = (await anonymous(ctx.app).get(`/api/parcels/${parcel.id}`)).body.owners;
    expect(after.find((o: { id: string }) => o.id === id).share).toBe(0.5);
    expect(after.reduce((s: number, o: { share: number }) => s + o.share, 0)).toBeCloseTo(1);
  });

  it('links a tenant to a premises and removes links again', async () => {
    const premises = (await anonymous(ctx.app).get('/api/premises?bbox=12.999,55.602,13.004,55.6045')).body.features[0];
    expect(
      (await ctx.planner.send('PUT', `/api/stakeholders/${id}/premises/${premises.id}`, { since: '2026-01-01' }))
        .status,
    ).toBe(200);
    expect((await ctx.planner.get(`/api/stakeholders/${id}`)).body.premises.map((p: { id: string }) => p.id)).toContain(
      premises.id,
    );
    expect((await ctx.planner.send('DELETE', `/api/stakeholders/${id}/premises/${premises.id}`)).status).toBe(204);
    expect((await ctx.planner.get(`/api/stakeholders/${id}`)).body.premises).toEqual([]);
    expect((await ctx.planner.send('PUT', `/api/stakeholders/${id}/premises/no-such`, {})).status).toBe(404);
  });

  it("keeps a private person's details out of public responses", async () => {
    const person = await ctx.planner.send('POST', '/api/stakeholders', {
      kind: 'property-owner',
      name: 'Greta Gatusson',
      isPrivatePerson: true,
      email: 'greta@privat.example',
      phone: '070-1740633',
    });
    expect(person.status).toBe(201);
    const parcel = await firstParcel();
    const current = (await ctx.planner.get(`/api/parcels/${parcel.id}`)).body.owners;
    for (const o of current) await ctx.planner.send('DELETE', `/api/stakeholders/${o.id}/parcels/${parcel.id}`);
    await ctx.planner.send('PUT', `/api/stakeholders/${person.body.id}/parcels/${parcel.id}`, { share: 1 });
    const pub = await anonymous(ctx.app).get(`/api/parcels/${parcel.id}`);
    expect(pub.body.owners).toEqual([
      // Not even the id: it would link every parcel the person owns.
      expect.objectContaining({ id: 'privatperson-1', name: null, isPrivatePerson: true }),
    ]);
    expect(pub.text).not.toContain('Greta');
    expect(pub.text).not.toContain('greta@privat.example');
    expect(pub.text).not.toContain(person.body.id);
    expect((await ctx.planner.get(`/api/parcels/${parcel.id}`)).body.owners[0].name).toBe('Greta Gatusson');
  });

  it('deletes a stakeholder with its links', async () => {
    expect((await ctx.planner.send('DELETE', `/api/stakeholders/${id}`)).status).toBe(204);
    expect((await ctx.planner.get(`/api/stakeholders/${id}`)).status).toBe(404);
  });
});
