import { Hono } from 'hono';
import { z } from 'zod';
import type { Db } from '../store/db';
import { createUser } from '../store/users';
import type { FirstRunSetup } from '../auth/firstRunSetup';
import { startSession } from './auth';
import type { AppEnv } from '../http/env';
import { validate } from '../http/validate';
import { ApiError } from '../http/errors';

const firstPlanner = z.object({
  token: z.string().min(1).max(200),
  name: z.string().trim().min(2, 'Skriv ditt namn').max(120),
  email: z.string().trim().toLowerCase().email('Skriv en giltig e-postadress').max(200),
  password: z.string().min(10, 'Lösenordet behöver minst 10 tecken').max(200),
});

/** `POST /api/setup`: the first planner's account, made with the one-time link's token, signed in at once. */
export function setupRoutes(db: Db, setup: FirstRunSetup) {
  return new Hono<AppEnv>().post('/', validate('json', firstPlanner), async (c) => {
    const { token, name, email, password } = c.req.valid('json');
    let userId = '';
    const created = await setup.claim(db, token, async () => {
      userId = (await createUser(db, { email, name, password, role: 'planner' })).id;
    });
    if (!created)
      throw new ApiError(
        404,
        'not_found',
        'Länken gäller inte längre: det finns redan en planerare. Logga in i stället. (The setup link has expired.)',
      );
    const csrfToken = await startSession(c, db, userId);
    return c.json({ user: { id: userId, email, name, role: 'planner' as const }, csrfToken }, 201);
  });
}
