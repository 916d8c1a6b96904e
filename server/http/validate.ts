import { zValidator } from '@hono/zod-validator';
import type { ValidationTargets } from 'hono';
import type { ZodType } from 'zod';
import { errorResponse } from './errors';

/**
 * zod validation at the edge with the API's error shape: every problem is listed with the
 * field it concerns, so a client can show it next to the input.
 */
export function validate<Target extends keyof ValidationTargets, Schema extends ZodType>(
  target: Target,
  schema: Schema,
) {
  return zValidator(target, schema, (result, c) => {
    if (result.success) return;
    const details = result.error.issues.map((issue) => ({
      field: issue.path.join('.') || target,
      message: issue.message,
    }));
    const message = details.map((d) => `${d.field}: ${d.message}`).join('; ');
    return errorResponse(c, 400, 'invalid_request', message, details);
  });
}
