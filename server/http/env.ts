import type { User } from '../store/users';

/** What every request carries through the middleware: the signed-in user, if any. */
export type SessionUser = User & { csrfToken: string };
export interface AppEnv {
  Variables: { user: SessionUser | null };
}
