/**
 * The session's CSRF token, held in memory only (never in storage a script on another page
 * could read). Set from /api/auth/me or the login response; sent on every write.
 */
let token: string | null = null;

export const setCsrfToken = (value: string | null) => {
  token = value;
};
export const csrfHeaders = (): Record<string, string> => (token ? { 'X-CSRF-Token': token } : {});
