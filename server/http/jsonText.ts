import type { Context, TypedResponse } from 'hono';

/**
 * A JSON response from text the store has already serialised, typed as `T` for the RPC
 * client. Used where building objects only to stringify them again would cost more than the
 * query (bbox responses of thousands of coordinates).
 */
export function jsonText<T>(c: Context, text: string): TypedResponse<T, 200, 'json'> {
  return c.body(text, 200, { 'Content-Type': 'application/json; charset=UTF-8' }) as unknown as TypedResponse<
    T,
    200,
    'json'
  >;
}
