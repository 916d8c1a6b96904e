import type { User } from '../store/users';

/**
 * What every request carries through the middleware: the signed-in user, if any, and whether
 * the browser reached us over HTTPS (directly, or through a trusted TLS proxy).
 */
export type SessionUser = User & { csrfToken: string };
export interface AppEnv {
  Variables: { user: SessionUser | null; https: boolean };
}
