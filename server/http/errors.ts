import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ErrorCode } from '../domain/errorCodes';
import { EditConflict } from '../store/editVersions';
import { ClientGone } from '../store/db';
import { editConflictError } from './editConflict';

/** The one error shape of the API: `{ error: { code, message, details? } }`, message in plain words. */
export interface ErrorBody {
  error: { code: ErrorCode; message: string; details?: unknown };
}

export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

export const notFound = (what: string, id: string) =>
  new ApiError(404, 'not_found', `${what} "${id}" finns inte. (${what} "${id}" does not exist.)`);

export function errorResponse(
  c: Context,
  status: ContentfulStatusCode,
  code: ErrorCode,
  message: string,
  details?: unknown,
) {
  const body: ErrorBody = { error: { code, message, ...(details === undefined ? {} : { details }) } };
  return c.json(body, status);
}

/** Last line of defence: known errors keep their status; anything else is a 500 without internals. */
export function handleError(error: Error, c: Context) {
  // Nobody is left to read this answer; the abandoned reads are not a server fault to log.
  if (error instanceof ClientGone) return errorResponse(c, 503, 'internal', error.message);
  const known = error instanceof EditConflict ? editConflictError(error) : error;
  if (known instanceof ApiError) return errorResponse(c, known.status, known.code, known.message, known.details);
  if ('status' in error && typeof error.status === 'number' && error.status >= 400 && error.status < 500) {
    return errorResponse(c, error.status as ContentfulStatusCode, 'bad_request', error.message);
  }
  console.error(error);
  return errorResponse(
    c,
    500,
    'internal',
    'Något gick fel på servern. Försök igen om en stund. (Something went wrong on the server.)',
  );
}
