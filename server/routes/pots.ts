import { Hono } from 'hono';
import { z } from 'zod';
import type { Db } from '../store/db';
import { createPot, potBalances, setPotBudget } from '../store/pots';
import { districtExists } from '../store/districts';
import { POT_KINDS } from '../domain/actionPlan';
import { validate } from '../http/validate';
import { ApiError, notFound } from '../http/errors';
import { requireRole } from '../auth/session';
import type { AppEnv } from '../http/env';
import { basedOnVersion } from '../http/ifMatch';

const budget = z.number().int('Budgeten anges i hela kronor').min(0).max(100_000_000_000);

/** The yearly investment and operating pots of a district, with what is committed and what remains. */
export function potRoutes(db: Db) {
  return new Hono<AppEnv>()
    .use('*', requireRole('planner'))
    .get('/', validate('query', z.object({ districtId: z.string().min(1) })), async (c) =>
      c.json({ pots: await potBalances(db, c.req.valid('query')) }),
    )
    .post(
      '/',
      validate(
        'json',
        z.object({
          districtId: z.string().min(1),
          kind: z.enum(POT_KINDS),
          year: z.number().int().min(2000).max(2100),
          budgetSek: budget,
        }),
      ),
      async (c) => {
        const body = c.req.valid('json');
        if (!(await districtExists(db, body.districtId))) throw notFound('Området', body.districtId);
        const existing = await potBalances(db, { districtId: body.districtId });
        if (existing.some((p) => p.kind === body.kind && p.year === body.year)) {
          throw new ApiError(
            409,
            'pot_exists',
            `Det finns redan en ${body.kind === 'investment' ? 'investeringspott' : 'driftpott'} för ${body.year}.`,
          );
        }
        return c.json(await createPot(db, body, c.get('user')!.id), 201);
      },
    )
    .put('/:id', validate('json', z.object({ budgetSek: budget })), async (c) => {
      const { budgetSek } = c.req.valid('json');
      const pot = await setPotBudget(db, c.req.param('id'), budgetSek, c.get('user')!.id, basedOnVersion(c));
      if (!pot) throw notFound('Potten', c.req.param('id'));
      return c.json(pot);
    });
}
