import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymous, seededAppWithPlanner } from '../support/session';

/** The register holds private persons' names, e-mail and phone: what GDPR asks of it, through the API. */
let ctx: Awaited<ReturnType<typeof seededAppWithPlanner>>;
beforeAll(async () => {
  ctx = await seededAppWithPlanner();
});
afterAll(() => ctx.cleanup());

/** Every text column of every table, searched for a value. */
async function tablesHolding(value: string): Promise<string[]> {
  const columns = await ctx.db.all<{ table: string; column: string }>(
    `SELECT table_name AS "table", column_name AS "column" FROM information_schema.columns
     WHERE table_catalog = 'atlas' AND data_type IN ('VARCHAR', 'JSON')`,
  );
  const found: string[] = [];
  for (const { table, column } of columns) {
    const hit = await ctx.db.one<{ n: number }>(
      `SELECT count(*)::INTEGER AS n FROM "${table}" WHERE contains("${column}"::VARCHAR, $value)`,
      { value },
    );
    if (hit!.n > 0) found.push(`${table}.${column}`);
  }
  return found;
}

describe('a private owner’s personal data', () => {
  let person: { id: string; name: string; email: string; phone: string };

  beforeAll(async () => {
    const { id } = (await ctx.db.one<{ id: string }>(
      `SELECT s.id FROM stakeholders s JOIN parcel_owners o ON o.stakeholder_id = s.id WHERE s.is_private_person LIMIT 1`,
    ))!;
    // The planner corrects the person's details (art. 16): now they are this person's alone, so
    // finding them anywhere afterwards can only mean this person. Then logs a call.
    person = { id, name: 'Greta Raderasson', email: 'greta.raderasson@privat.example', phone: '+46 70 174 06 99' };
    const corrected = await ctx.planner.send('PATCH', `/api/stakeholders/${id}`, {
      name: person.name,
      email: person.email,
      phone: person.phone,
    });
    expect(corrected.status).toBe(200);
    expect(
      (
        await ctx.planner.send('POST', `/api/stakeholders/${person.id}/contacts`, {
          date: '2026-11-20',
          channel: 'phone',
          note: 'Ringde om medlemskap',
        })
      ).status,
    ).toBe(201);
  });

  it('comes out as one file for the planner (registerutdrag), and for nobody else', async () => {
    expect((await anonymous(ctx.app).get(`/api/stakeholders/${person.id}/register-extract`)).status).toBe(401);
    const res = await ctx.planner.get(`/api/stakeholders/${person.id}/register-extract`);
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Disposition')).toContain(`registerutdrag-${person.id}.json`);
    expect(res.headers.get('Cache-Control')).toBe('no-store');
    expect(res.body.person).toMatchObject({ name: person.name, email: person.email, phone: person.phone });
    expect(res.body.parcels.length).toBeGreaterThan(0);
    expect(res.body.contacts.map((c: { note: string }) => c.note)).toContain('Ringde om medlemskap');
    expect(res.body.auditTrail.length).toBeGreaterThan(0);
  });

  it('is erased everywhere, while the audit trail keeps every entry with a tombstone', async () => {
    const auditRows = async () => (await ctx.db.one<{ n: number }>('SELECT count(*)::INTEGER AS n FROM audit_log'))!.n;
    const before = await auditRows();
    expect(await tablesHolding(person.email)).not.toEqual([]);

    expect((await anonymous(ctx.app).send('POST', `/api/stakeholders/${person.id}/erase`)).status).toBe(401);
    const res = await ctx.planner.send('POST', `/api/stakeholders/${person.id}/erase`);
    expect(res.status).toBe(200);

    for (const value of [person.name, person.email, person.phone])
      expect(await tablesHolding(value), value).toEqual([]);
    expect(await auditRows()).toBe(before + 1);
    const trail = await ctx.db.all<{ after: string }>(
      `SELECT after::VARCHAR AS after FROM audit_log WHERE entity_id = $id ORDER BY occurred_at`,
      { id: person.id },
    );
    // The correction, the call and the erasure itself: who did what and when, nothing of the person.
    expect(trail.length).toBeGreaterThan(1);
    expect(trail.slice(0, -1).every((r) => r.after === null || r.after.includes('[raderad person]'))).toBe(true);

    const csv = await ctx.planner.get('/api/districts/district-malmo-city/stakeholders.csv');
    for (const value of [person.name, person.email, person.phone]) expect(csv.text).not.toContain(value);
    expect((await ctx.planner.get(`/api/stakeholders/${person.id}`)).status).toBe(404);
  });
});
