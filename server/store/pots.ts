import { randomUUID } from 'node:crypto';
import type { Db, Tx } from './db';
import { audit } from './audit';
import { expectVersion, versionColumn } from './editVersions';

export interface PotBalance {
  id: string;
  districtId: string;
  kind: 'investment' | 'operating';
  year: number;
  budgetSek: number;
  committedSek: number;
  remainingSek: number;
  version: number;
}

/** Each pot's budget, what its non-cancelled actions commit, and what remains. */
export async function potBalances(
  db: Pick<Db, 'all'>,
  filter: { districtId?: string; potId?: string },
): Promise<PotBalance[]> {
  return db.all<PotBalance>(
    `SELECT p.id, p.district_id AS "districtId", p.kind, p.year, p.budget_sek::DOUBLE AS "budgetSek",
            coalesce(sum(a.cost_sek) FILTER (WHERE a.status <> 'cancelled'), 0)::DOUBLE AS "committedSek",
            (p.budget_sek - coalesce(sum(a.cost_sek) FILTER (WHERE a.status <> 'cancelled'), 0))::DOUBLE AS "remainingSek",
            ${versionColumn('pot', 'p.id')}
     FROM pots p LEFT JOIN actions a ON a.pot_id = p.id
     WHERE ($district IS NULL OR p.district_id = $district) AND ($pot IS NULL OR p.id = $pot)
     GROUP BY p.id, p.district_id, p.kind, p.year, p.budget_sek ORDER BY p.year DESC, p.kind`,
    { district: filter.districtId ?? null, pot: filter.potId ?? null },
  );
}

export async function createPot(
  db: Db,
  input: { districtId: string; kind: string; year: number; budgetSek: number },
  userId: string,
) {
  const id = `pot-${randomUUID()}`;
  await db.transaction(async (tx) => {
    await tx.run(
      'INSERT INTO pots (id, district_id, kind, year, budget_sek, updated_by) VALUES ($id, $d, $k, $y, $b, $u)',
      { id, d: input.districtId, k: input.kind, y: input.year, b: BigInt(input.budgetSek), u: userId },
    );
    await audit(tx, { userId, action: 'create', entity: 'pot', entityId: id, after: input });
  });
  return (await potBalances(db, { potId: id }))[0];
}

export async function setPotBudget(db: Db, id: string, budgetSek: number, userId: string, basedOn?: number) {
  const changed = await db.transaction(async (tx: Tx) => {
    const before = await tx.one<{ budget: number }>('SELECT budget_sek::DOUBLE AS budget FROM pots WHERE id = $id', {
      id,
    });
    if (!before) return false;
    await expectVersion(tx, 'pot', id, basedOn);
    await tx.run('UPDATE pots SET budget_sek = $b, updated_at = current_timestamp, updated_by = $u WHERE id = $id', {
      id,
      b: BigInt(budgetSek),
      u: userId,
    });
    await audit(tx, {
      userId,
      action: 'set-budget',
      entity: 'pot',
      entityId: id,
      before,
      after: { budget: budgetSek },
    });
    return true;
  });
  return changed ? (await potBalances(db, { potId: id }))[0] : undefined;
}
