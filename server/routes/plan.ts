import { Hono } from 'hono';
import { z } from 'zod';
import type { Db } from '../store/db';
import { PLANNERS_AS_ONE } from '../store/districts';
import { createGoal, deleteGoal, getVision, setVision } from '../store/goals';
import { goalsWithProgress } from '../services/indicators';
import { loadDistrict } from '../http/loadDistrict';
import { INDICATORS } from '../domain/actionPlan';
import { isoDateParam } from '../http/queryParams';
import { validate } from '../http/validate';
import { notFound } from '../http/errors';
import { requireRole } from '../auth/session';
import type { AppEnv } from '../http/env';
import { basedOnVersion } from '../http/ifMatch';

/** A district's vision and its measurable goals, with each goal's progress from the indicators. */
export function planRoutes(db: Db) {
  const district = loadDistrict(db);
  return new Hono<AppEnv>()
    .get('/:id/plan', district, async (c) => {
      const id = c.var.district.id;
      const { indicators, goals } = await goalsWithProgress(db, c.var.district);
      // Who last changed a goal is for the planners; everyone else sees the planners as one.
      const shown =
        c.get('user')?.role === 'planner' ? goals : goals.map((g) => ({ ...g, updatedBy: PLANNERS_AS_ONE }));
      const { vision, version } = await getVision(db, id);
      return c.json({ vision, visionVersion: version, goals: shown, indicators });
    })
    .put(
      '/:id/plan/vision',
      requireRole('planner'),
      validate('json', z.object({ vision: z.string().trim().min(1).max(8000) })),
      district,
      async (c) => {
        const id = c.var.district.id;
        const saved = await setVision(db, id, c.req.valid('json').vision, c.get('user')!.id, basedOnVersion(c));
        return c.json({ vision: saved.vision, visionVersion: saved.version });
      },
    )
    .post(
      '/:id/goals',
      requireRole('planner'),
      validate(
        'json',
        z.object({
          title: z.string().trim().min(1).max(300),
          indicator: z.enum(INDICATORS, { error: `indicator ska vara en av: ${INDICATORS.join(', ')}` }),
          baseline: z.number().finite(),
          target: z.number().finite(),
          targetDate: isoDateParam,
        }),
      ),
      district,
      async (c) => {
        const id = c.var.district.id;
        return c.json(await createGoal(db, id, c.req.valid('json'), c.get('user')!.id), 201);
      },
    )
    .delete('/:id/goals/:goalId', requireRole('planner'), async (c) => {
      const { id, goalId } = c.req.param();
      if (!(await deleteGoal(db, id, goalId, c.get('user')!.id))) throw notFound('Målet', goalId);
      return c.body(null, 204);
    });
}
