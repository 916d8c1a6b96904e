import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import type { Db } from '../store/db';
import { sessionUser } from '../store/users';
import type { AppEnv } from '../http/env';
import { ApiError } from '../http/errors';
import type { Role } from '../store/users';

export const SESSION_COOKIE = 'platsatlas_session';
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Reads the session cookie into `c.var.user`. Writes from a signed-in browser must echo the
 * session's CSRF token in `X-CSRF-Token`: a page on another site can make the browser send the
 * cookie, but it cannot read the token.
 */
export function sessionMiddleware(db: Db): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const token = getCookie(c, SESSION_COOKIE);
    const user = token ? ((await sessionUser(db, token)) ?? null) : null;
    c.set('user', user);
    if (user && UNSAFE.has(c.req.method) && c.req.header('X-CSRF-Token') !== user.csrfToken) {
      throw new ApiError(
        403,
        'csrf',
        'Sidan behöver laddas om innan ändringen kan sparas. (Missing or wrong CSRF token.)',
      );
    }
    await next();
  };
}

/** Refuses the request unless the signed-in user has one of the roles: 401 anonymous, 403 other roles. */
export function requireRole(...roles: Role[]): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const user = c.get('user');
    if (!user) throw new ApiError(401, 'unauthenticated', 'Logga in för att göra detta. (Sign in first.)');
    if (!roles.includes(user.role))
      throw new ApiError(403, 'forbidden', 'Din roll får inte göra detta. (Your role may not do this.)');
    await next();
  };
}
