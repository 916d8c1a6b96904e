import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymous, seededAppWithPlanner, uploadAs } from '../support/session';

/**
 * The owners of a place's parcels from the municipality's extract of the property register: a
 * CSV keyed by fastighetsbeteckning, one row per owner and parcel, as it comes (semicolons,
 * Swedish headers, Windows-1252 from an old Excel, shares as fractions).
 */
let ctx: Awaited<ReturnType<typeof seededAppWithPlanner>>;
beforeAll(async () => {
  ctx = await seededAppWithPlanner();
});
afterAll(() => ctx.cleanup());

const IMPORT = '/api/places/stockholm-city/imports';
const upload = (mode: 'preview' | 'commit', body: Uint8Array | string) =>
  uploadAs(ctx.app, ctx.planner, `${IMPORT}?mode=${mode}`, body);
const ownersOf = async (designation: string) => {
  const parcel = (await ctx.db.one<{ id: string }>('SELECT id FROM parcels WHERE designation = $d', {
    d: designation,
  }))!;
  const detail = (await ctx.planner.get(`/api/parcels/${parcel.id}`)).body;
  return detail.owners.map((o: { name: string; share: number; orgNumber: string | null }) => ({
    name: o.name,
    share: o.share,
    orgNumber: o.orgNumber,
  }));
};
let designations: string[];

describe('owners from a CSV keyed by designation', () => {
  it('previews without storing, then replaces the owners of the parcels the file names', async () => {
    designations = (
      await ctx.db.all<{ designation: string }>(
        "SELECT designation FROM parcels WHERE id LIKE 'parcel-stockholm-city-%' ORDER BY id LIMIT 2",
      )
    ).map((r) => r.designation);
    const [first, second] = designations;
    const before = await ownersOf(first);
    const csv = [
      'Fastighetsbeteckning;Lagfaren ägare;Organisationsnummer;Andel',
      `${first};Vasakronan AB;556061-4603;1/2`,
      `${first};Anna Andersson;19800101-0001;1/2`,
      `${second.toUpperCase()};Vasakronan AB;556061-4603;`,
      'Stockholm Finns Inte 9;Någon AB;556061-4603;1/1',
    ].join('\r\n');

    const preview = await upload('preview', csv);
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({
      kind: 'owners',
      designationColumn: 'Fastighetsbeteckning',
      parcels: 2,
      owners: { new: 2, known: 0, privatePersons: 1 },
    });
    expect(preview.body.rejected).toEqual([
      { row: 5, designation: 'Stockholm Finns Inte 9', reason: 'fastigheten finns inte i Stockholm City' },
    ]);
    expect(await ownersOf(first)).toEqual(before);

    expect((await upload('commit', csv)).status).toBe(200);
    expect(await ownersOf(first)).toEqual([
      { name: 'Anna Andersson', share: 0.5, orgNumber: null },
      { name: 'Vasakronan AB', share: 0.5, orgNumber: '556061-4603' },
    ]);
    expect(await ownersOf(second)).toEqual([{ name: 'Vasakronan AB', share: 1, orgNumber: '556061-4603' }]);
    // The personal identity number told that Anna is a private person; it is not stored anywhere.
    const anna = await ctx.db.one<{ is_private_person: boolean; org_number: string | null }>(
      "SELECT is_private_person, org_number FROM stakeholders WHERE name = 'Anna Andersson'",
    );
    expect(anna).toEqual({ is_private_person: true, org_number: null });
    const stored = JSON.stringify(await ctx.db.all('SELECT * FROM stakeholders'));
    expect(stored).not.toContain('19800101');
    expect(stored).not.toContain('800101-0001');
  });

  it('finds a company again by its number on a second import, and keeps private names from the public', async () => {
    const again = await upload('preview', `fastighet,ägare,orgnr\n${designations[1]},Vasakronan AB,5560614603\n`);
    expect(again.body.owners).toEqual({ new: 0, known: 1, privatePersons: 0 });
    const publicParcel = await anonymous(ctx.app).get(
      `/api/parcels/${(await ctx.db.one<{ id: string }>('SELECT id FROM parcels WHERE designation = $d', { d: designations[0] }))!.id}`,
    );
    expect(JSON.stringify(publicParcel.body)).not.toContain('Anna Andersson');
  });

  it('reads a Windows-1252 file from an old Excel: "Ägare" stays "Ägare"', async () => {
    const text = `Beteckning;Ägare\r\n${designations[1]};Fastighets AB Östermalm\r\n`;
    const latin1 = Uint8Array.from([...text].map((c) => c.charCodeAt(0)));
    const res = await upload('preview', latin1);
    expect(res.status).toBe(200);
    expect(res.body.parcels).toBe(1);
    expect(res.body.owners.new).toBe(1);
  });

  it('refuses, with the reason and nothing stored, a file without the columns or with no usable row', async () => {
    const owners = await ctx.db.all('SELECT * FROM parcel_owners ORDER BY ALL');
    const noColumn = await upload('commit', 'Namn;Adress\nVasakronan AB;Box 1\n');
    expect(noColumn.status).toBe(422);
    expect(noColumn.body.error.message).toContain('Filens kolumner: Namn, Adress');

    const badRows = await upload(
      'commit',
      [
        'Fastighetsbeteckning;Ägare;Organisationsnummer;Andel',
        `${designations[0]};Vasakronan AB;556061-4604;1/2`,
        `${designations[1]};Vasakronan AB;556061-4603;3/2`,
        `${designations[1]};;556061-4603;1/2`,
      ].join('\n'),
    );
    expect(badRows.status).toBe(422);
    expect(badRows.body.error.message).toMatch(/Rad 2: "556061-4604" är inget giltigt/);
    expect(await ctx.db.all('SELECT * FROM parcel_owners ORDER BY ALL')).toEqual(owners);
  });

  it('refuses shares that add up to more than the whole parcel', async () => {
    const res = await upload(
      'preview',
      `Fastighetsbeteckning;Ägare;Andel\n${designations[0]};A AB;2/3\n${designations[0]};B AB;2/3\n${designations[1]};C AB;1\n`,
    );
    expect(res.body.parcels).toBe(1);
    expect(res.body.rejected.map((r: { row: number; reason: string }) => [r.row, r.reason])).toEqual([
      [2, 'andelarna blir mer än hela fastigheten'],
      [3, 'andelarna blir mer än hela fastigheten'],
    ]);
  });
});
