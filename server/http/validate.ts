import { zValidator } from '@hono/zod-validator';
import type { ValidationTargets } from 'hono';
import type { ZodType } from 'zod';
import { errorResponse } from './errors';
import { findBadText } from '../domain/text';

/**
 * zod validation at the edge with the API's error shape: every problem is listed with the
 * field it concerns, so a client can show it next to the input.
 */
export function validate<Target extends keyof ValidationTargets, Schema extends ZodType>(
  target: Target,
  schema: Schema,
) {
  return zValidator(target, schema, (result, c) => {
    if (result.success) {
      // Text is stored and shown as it comes: a NUL or a broken surrogate would corrupt both.
      const field = findBadText(result.data);
      if (!field) return;
      return errorResponse(
        c,
        400,
        'invalid_request',
        `${field}: texten innehåller otillåtna tecken (NUL eller trasig Unicode).`,
        [{ field, message: 'otillåtna tecken' }],
      );
    }
    const details = result.error.issues.map((issue) => ({
      field: issue.path.join('.') || target,
      message: issue.message,
    }));
    const message = details.map((d) => `${d.field}: ${d.message}`).join('; ');
    return errorResponse(c, 400, 'invalid_request', message, details);
  });
}
