import { randomUUID } from 'node:crypto';
import type { Db } from './db';
import { audit } from './audit';
import { editVersion, expectVersion } from './editVersions';

export interface GoalInput {
  title: string;
  indicator: string;
  baseline: number;
  target: number;
  targetDate: string;
}
export interface GoalRow extends GoalInput {
  id: string;
  districtId: string;
  updatedAt: string;
  updatedBy: string;
}

const SELECT = `SELECT g.id, g.district_id AS "districtId", g.title, g.indicator, g.baseline, g.target, strftime(g.target_date, '%Y-%m-%d') AS "targetDate",
  strftime(g.updated_at, '%Y-%m-%dT%H:%M:%SZ') AS "updatedAt", coalesce(u.name, g.updated_by) AS "updatedBy"
  FROM goals g LEFT JOIN users u ON u.id = g.updated_by`;

export async function listGoals(db: Db, districtId: string) {
  return db.all<GoalRow>(`${SELECT} WHERE g.district_id = $d ORDER BY g.target_date, g.title`, { d: districtId });
}

export async function createGoal(db: Db, districtId: string, input: GoalInput, userId: string) {
  const id = `goal-${randomUUID()}`;
  await db.transaction(async (tx) => {
    await tx.run(
      `INSERT INTO goals (id, district_id, title, indicator, baseline, target, target_date, updated_by)
       VALUES ($id, $d, $title, $indicator, $baseline, $target, $date::DATE, $user)`,
      {
        id,
        d: districtId,
        title: input.title,
        indicator: input.indicator,
        baseline: input.baseline,
        target: input.target,
        date: input.targetDate,
        user: userId,
      },
    );
    await audit(tx, { userId, action: 'create', entity: 'goal', entityId: id, after: input });
  });
  return (await db.one<GoalRow>(`${SELECT} WHERE g.id = $id`, { id }))!;
}

export async function deleteGoal(db: Db, districtId: string, id: string, userId: string): Promise<boolean> {
  return db.transaction(async (tx) => {
    const before = await tx.one<GoalRow>(`${SELECT} WHERE g.id = $id AND g.district_id = $d`, { id, d: districtId });
    if (!before) return false;
    await tx.run('DELETE FROM goals WHERE id = $id', { id });
    await audit(tx, { userId, action: 'delete', entity: 'goal', entityId: id, before });
    return true;
  });
}

/** The district's vision and its version (what a save names in `If-Match`). */
export async function getVision(db: Db, districtId: string) {
  const row = await db.one<{ vision: string }>('SELECT vision FROM business_plans WHERE district_id = $d', {
    d: districtId,
  });
  return { vision: row?.vision ?? null, version: await editVersion(db, 'vision', districtId) };
}

export async function setVision(db: Db, districtId: string, vision: string, userId: string, basedOn?: number) {
  return db.transaction(async (tx) => {
    await expectVersion(tx, 'vision', districtId, basedOn);
    const before = await tx.one('SELECT vision FROM business_plans WHERE district_id = $d', { d: districtId });
    await tx.run('DELETE FROM business_plans WHERE district_id = $d', { d: districtId });
    await tx.run('INSERT INTO business_plans (district_id, vision, updated_by) VALUES ($d, $v, $u)', {
      d: districtId,
      v: vision,
      u: userId,
    });
    await audit(tx, {
      userId,
      action: 'set-vision',
      entity: 'district',
      entityId: districtId,
      before,
      after: { vision },
    });
    return { vision, version: await editVersion(tx, 'vision', districtId) };
  });
}
