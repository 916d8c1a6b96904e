import { z } from 'zod';

/** `?place=<id>`: which place a route answers for; the default place when left out. */
export const placeQuery = z.object({
  place: z
    .string()
    .regex(/^[a-z0-9-]{1,60}$/, 'place ska vara en plats-id som "stockholm-city" (lowercase letters, digits, hyphens)')
    .optional(),
});
