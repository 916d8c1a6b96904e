import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLANNER, anonymous, seededAppWithPlanner, signedIn, type Client } from '../support/session';

/**
 * Who may do what, decided by the server for every route: anonymous, a property owner, a
 * planner. Reads by those who may not see personal data must not contain any.
 */
let ctx: Awaited<ReturnType<typeof seededAppWithPlanner>>;
let owner: Client;
beforeAll(async () => {
  ctx = await seededAppWithPlanner();
  owner = await signedIn(ctx.app, ctx.db, 'owner', {
    email: 'agare-a@malmo.example',
    name: 'Ägare A',
    password: 'ägare-a-lösenord',
  });
});
afterAll(() => ctx.cleanup());

const D = 'district-malmo-city';
/** A parcel by Humlegården as GeoJSON: a valid import, so a refusal can only be the role's. */
const ONE_PARCEL = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: { fastighetsbeteckning: 'Stockholm Provet 1' },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [18.07, 59.338],
            [18.0705, 59.338],
            [18.0705, 59.3383],
            [18.07, 59.338],
          ],
        ],
      },
    },
  ],
};
const PARCEL = 'block-3399-71674-1';
type Row = [
  method: string,
  path: string,
  body: unknown,
  anonymousStatus: number,
  ownerStatus: number,
  plannerStatus: number,
];

// Writes use bodies that would be valid, so that a 401/403 can only come from the role check.
const ROUTES: Row[] = [
  ['GET', '/api/health', undefined, 200, 200, 200],
  ['GET', '/api/places', undefined, 200, 200, 200],
  ['GET', '/api/places/overview', undefined, 200, 200, 200],
  ['GET', '/api/config?place=stockholm-city', undefined, 200, 200, 200],
  ['POST', '/api/places', { name: 'Karlstad centrum' }, 401, 403, 201],
  ['POST', '/api/places/stockholm-city/imports?mode=preview', ONE_PARCEL, 401, 403, 200],
  ['GET', '/api/districts', undefined, 200, 200, 200],
  ['GET', `/api/districts/${D}/parcels`, undefined, 200, 200, 200],
  ['GET', `/api/districts/${D}/summary`, undefined, 200, 200, 200],
  ['GET', `/api/districts/${D}/versions`, undefined, 200, 200, 200],
  ['GET', `/api/districts/${D}/actions`, undefined, 200, 200, 200],
  ['GET', `/api/districts/${D}/plan`, undefined, 200, 200, 200],
  ['GET', `/api/districts/${D}/stakeholders.csv`, undefined, 401, 403, 200],
  ['GET', `/api/districts/${D}/actions.csv`, undefined, 401, 403, 200],
  ['GET', `/api/parcels/${PARCEL}`, undefined, 200, 200, 200],
  ['GET', '/api/stakeholders', undefined, 401, 403, 200],
  ['GET', '/api/stakeholders/sh-malmo-stad', undefined, 401, 403, 200],
  ['GET', `/api/pots?districtId=${D}`, undefined, 401, 403, 200],
  ['GET', `/api/districts/${D}/actions/action-stortorget-benches/updates`, undefined, 401, 403, 200],
  ['GET', '/api/public/actions', undefined, 200, 200, 200],
  ['GET', '/api/public/vacancies', undefined, 200, 200, 200],
  [
    'POST',
    '/api/districts',
    {
      name: 'X',
      type: 'other',
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [13, 55.6],
            [13.001, 55.6],
            [13.001, 55.601],
            [13, 55.6],
          ],
        ],
      },
    },
    401,
    403,
    201,
  ],
  [
    'PUT',
    `/api/districts/${D}/boundary`,
    {
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [12.99, 55.6],
            [13.01, 55.6],
            [13.01, 55.61],
            [12.99, 55.6],
          ],
        ],
      },
    },
    401,
    403,
    201,
  ],
  [
    'POST',
    '/api/districts/preview/summary',
    {
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [13, 55.6],
            [13.001, 55.6],
            [13.001, 55.601],
            [13, 55.6],
          ],
        ],
      },
    },
    401,
    403,
    200,
  ],
  ['POST', '/api/stakeholders', { kind: 'business', name: 'Matrisen AB' }, 401, 403, 201],
  ['PATCH', '/api/stakeholders/sh-malmo-stad', { engagementStep: 'steering-group' }, 401, 403, 200],
  [
    'POST',
    '/api/stakeholders/sh-malmo-stad/contacts',
    { date: '2026-11-24', channel: 'meeting', note: 'x' },
    401,
    403,
    201,
  ],
  [
    'POST',
    `/api/districts/${D}/actions`,
    { title: 'X', focusArea: 'place', status: 'idea', costSek: 0 },
    401,
    403,
    201,
  ],
  [
    'POST',
    `/api/districts/${D}/goals`,
    { title: 'X', indicator: 'members', baseline: 0, target: 10, targetDate: '2027-01-01' },
    401,
    403,
    201,
  ],
  ['PUT', `/api/districts/${D}/plan/vision`, { vision: 'En vision' }, 401, 403, 200],
  ['POST', '/api/pots', { districtId: D, kind: 'operating', year: 2030, budgetSek: 1 }, 401, 403, 201],
  ['POST', '/api/invites', { email: 'ny@agare.example', name: 'Ny', stakeholderId: 'sh-company-1' }, 401, 403, 201],
  ['GET', '/api/settings/owner-action-distance', undefined, 401, 403, 200],
  ['PUT', '/api/settings/owner-action-distance', { meters: 200 }, 401, 403, 200],
  ['GET', '/api/events?from=2025-01-01&to=2026-01-01', undefined, 200, 200, 200],
  ['POST', '/api/events', { title: 'Stadsfest', startsOn: '2026-06-01', endsOn: '2026-06-02' }, 401, 403, 201],
  ['GET', `/api/districts/${D}/process`, undefined, 401, 403, 200],
  ['PUT', `/api/districts/${D}/process`, { startDate: '2026-03-02' }, 401, 403, 200],
  ['PUT', `/api/districts/${D}/process/checklist/kick-off`, { done: true }, 401, 403, 200],
  [
    'POST',
    `/api/districts/${D}/process/steps/1/documents`,
    { kind: 'other', title: 'Länk', url: 'https://example.se/' },
    401,
    403,
    201,
  ],
  ['GET', `/api/districts/${D}/walks`, undefined, 401, 403, 200],
  ['POST', `/api/districts/${D}/walks`, { title: 'Vandring', walkedOn: '2026-11-24' }, 401, 403, 201],
  ['GET', `/api/districts/${D}/observations`, undefined, 401, 403, 200],
  [
    'POST',
    `/api/districts/${D}/observations`,
    { walkId: 'walk-2026-05-27', focusArea: 'place', verdict: 'good', text: 'Fint', lon: 13.0, lat: 55.604 },
    401,
    403,
    201,
  ],
  ['GET', '/api/observations/obs-seed-1/photo', undefined, 401, 403, 404],
  ['GET', `/api/districts/${D}/reports/current-state`, undefined, 401, 403, 200],
  ['GET', `/api/districts/${D}/reports/yearly?year=2026`, undefined, 401, 403, 200],
  ['POST', '/api/imports/premises-status', 'lokal;status;datum', 401, 403, 422],
  // This owner account is linked to no stakeholder: signed in, the right role, but nothing to show.
  ['GET', '/api/me/overview', undefined, 401, 404, 403],
];

const call = (client: Client, [method, path, body]: Row) =>
  method === 'GET' ? client.get(path) : client.send(method, path, body);

describe('the authorisation matrix', () => {
  it.each(ROUTES)('%s %s → anonymous %i, owner %i, planner %i', async (...row) => {
    const [, , , anon, own, plan] = row as Row;
    expect((await call(anonymous(ctx.app), row as Row)).status).toBe(anon);
    expect((await call(owner, row as Row)).status).toBe(own);
    expect((await call(ctx.planner, row as Row)).status).toBe(plan);
  });

  it('keeps personal data, money and contact logs out of every read a non-planner may make', async () => {
    const person = await ctx.db.one<{ name: string; email: string; phone: string }>(
      'SELECT name, email, phone FROM stakeholders WHERE is_private_person AND email IS NOT NULL LIMIT 1',
    );
    const reads = ROUTES.filter(([method, , , anon]) => method === 'GET' && anon === 200);
    for (const client of [anonymous(ctx.app), owner]) {
      for (const row of reads) {
        const { text } = await call(client, row);
        expect(text, row[1]).not.toContain(person!.email);
        expect(text, row[1]).not.toContain(person!.phone);
        expect(text, row[1]).not.toContain(person!.name);
        expect(text, row[1]).not.toMatch(/"email"|"phone"|"contacts"|"costSek"|"financing"/);
        // Nor the planners' names (who saved a boundary or a goal), nor a private owner's id,
        // which would link every parcel that person owns.
        expect(text, row[1]).not.toContain(PLANNER.name);
        expect(text, row[1]).not.toMatch(/"sh-person-/);
      }
    }
  });

  it('shows planners who of them saved what, and the private owner by id', async () => {
    const versions = (await ctx.planner.get(`/api/districts/${D}/versions`)).text;
    expect(versions).toContain(PLANNER.name);
    const privateOwned = await ctx.db.one<{ parcelId: string }>(
      `SELECT o.parcel_id AS "parcelId" FROM parcel_owners o JOIN stakeholders s ON s.id = o.stakeholder_id WHERE s.is_private_person LIMIT 1`,
    );
    expect((await ctx.planner.get(`/api/parcels/${privateOwned!.parcelId}`)).text).toMatch(/"sh-person-/);
    const seen = (await anonymous(ctx.app).get(`/api/parcels/${privateOwned!.parcelId}`)).body.owners as {
      id: string;
      isPrivatePerson: boolean;
    }[];
    expect(seen.filter((o) => o.isPrivatePerson).map((o) => o.id)).toContain('privatperson-1');
  });
});

describe('owner A and owner B', () => {
  it('each reports only on premises on their own parcels; the planner on any', async () => {
    const [a, b] = await ctx.db.all<{ stakeholderId: string; premisesId: string }>(
      `SELECT o.stakeholder_id AS "stakeholderId", min(pr.id) AS "premisesId" FROM parcel_owners o JOIN premises pr ON pr.parcel_id = o.parcel_id
       WHERE o.stakeholder_id LIKE 'sh-company-%' AND o.share = 1 GROUP BY 1 ORDER BY 1 LIMIT 2`,
    );
    const ownerA = await signedIn(
      ctx.app,
      ctx.db,
      'owner',
      { email: 'a@agare.example', name: 'A', password: 'lösenord-för-a' },
      a.stakeholderId,
    );
    const ownerB = await signedIn(
      ctx.app,
      ctx.db,
      'owner',
      { email: 'b@agare.example', name: 'B', password: 'lösenord-för-b' },
      b.stakeholderId,
    );
    const report = (client: Client, premisesId: string) =>
      client.send('POST', `/api/me/premises/${premisesId}/status`, { status: 'vacant', date: '2026-11-20' });
    expect((await report(anonymous(ctx.app), a.premisesId)).status).toBe(401);
    expect((await report(ownerB, a.premisesId)).status).toBe(403);
    expect((await report(ownerA, b.premisesId)).status).toBe(403);
    expect((await report(ownerA, a.premisesId)).status).toBe(200);
    expect((await report(ctx.planner, b.premisesId)).status).toBe(200);
    const overviewA = (await ownerA.get('/api/me/overview')).text;
    expect(overviewA).toContain(a.premisesId);
    expect(overviewA).not.toContain(b.premisesId);
  });
});
