import { Hono } from 'hono';
import { z } from 'zod';
import type { Db } from '../store/db';
import {
  addObservation,
  createWalk,
  listObservations,
  listWalks,
  observationToAction,
  walkBelongsTo,
} from '../store/siteWalks';
import { loadDistrict } from '../http/loadDistrict';
import { municipalityExtent } from '../store/dataExtent';
import { FOCUS_AREAS } from '../domain/actionPlan';
import { featureCollection } from '../geo/features';
import { isoDateParam } from '../http/queryParams';
import { validate } from '../http/validate';
import { MAX_PHOTO_BYTES, uploadedPhoto } from '../http/fileType';
import { ApiError, notFound } from '../http/errors';
import { requireRole } from '../auth/session';
import type { AppEnv } from '../http/env';

const observationFields = z.object({
  walkId: z.string().min(1, 'Välj vilken platsvandring observationen hör till'),
  focusArea: z.enum(FOCUS_AREAS, { error: `Välj fokusområde: ${FOCUS_AREAS.join(', ')}` }),
  verdict: z.enum(['good', 'problem'], { error: 'Ange om det är bra eller ett problem' }),
  text: z.string().trim().min(1, 'Skriv vad du ser').max(1000, 'Högst 1 000 tecken'),
  lon: z.coerce.number().min(-180).max(180),
  lat: z.coerce.number().min(-90).max(90),
});

/** The site walk (platsvandring): walks and their observations on the map. Planners only. */
export function siteWalkRoutes(db: Db) {
  const district = loadDistrict(db);
  return new Hono<AppEnv>()
    .use('/:id/walks', requireRole('planner'))
    .use('/:id/observations', requireRole('planner'))
    .use('/:id/observations/*', requireRole('planner'))
    .get('/:id/walks', district, async (c) => {
      return c.json({ walks: await listWalks(db, c.req.param('id')) });
    })
    .post(
      '/:id/walks',
      validate(
        'json',
        z.object({ title: z.string().trim().min(1, 'Ge vandringen ett namn').max(200), walkedOn: isoDateParam }),
      ),
      district,
      async (c) => {
        return c.json(await createWalk(db, c.req.param('id'), c.req.valid('json'), c.get('user')!.id), 201);
      },
    )
    .get(
      '/:id/observations',
      validate('query', z.object({ focusArea: z.enum(FOCUS_AREAS).optional(), walkId: z.string().optional() })),
      district,
      async (c) => {
        return c.json(featureCollection(await listObservations(db, c.req.param('id'), c.req.valid('query'))));
      },
    )
    .post('/:id/observations', district, async (c) => {
      const id = c.var.district.id;
      if (Number(c.req.header('Content-Length') ?? 0) > MAX_PHOTO_BYTES + 64 * 1024)
        throw new ApiError(413, 'too_large', 'Bilden är för stor: högst 5 MB. (Photo too large.)');
      const isForm = (c.req.header('Content-Type') ?? '').startsWith('multipart/form-data');
      const body = isForm
        ? await c.req.parseBody()
        : await c.req.json().catch(() => {
            throw new ApiError(400, 'invalid_json', 'Ogiltig JSON.');
          });
      const fields = observationFields.safeParse(body);
      if (!fields.success)
        throw new ApiError(
          400,
          'invalid_request',
          fields.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '),
        );
      if (!(await walkBelongsTo(db, fields.data.walkId, id))) throw notFound('Platsvandringen', fields.data.walkId);
      const [minX, minY, maxX, maxY] = await municipalityExtent(db, c.var.district.municipalityCode);
      const { lon, lat } = fields.data;
      if (lon < minX || lon > maxX || lat < minY || lat > maxY) {
        throw new ApiError(
          422,
          'outside_extent',
          'Platsen ligger utanför kommunens dataområde. Är GPS-positionen rätt? (Outside the data extent.)',
        );
      }
      const photo = isForm ? await uploadedPhoto((body as Record<string, unknown>).photo) : null;
      return c.json(await addObservation(db, id, { ...fields.data, photo }, c.get('user')!.id), 201);
    })
    .post('/:id/observations/:observationId/action', async (c) => {
      const { id, observationId } = c.req.param();
      const result = await observationToAction(db, id, observationId, c.get('user')!.id);
      if (!result) throw notFound('Observationen', observationId);
      if (result.existingActionId)
        throw new ApiError(409, 'already_action', 'Observationen är redan en åtgärd.', {
          actionId: result.existingActionId,
        });
      return c.json(result.action, 201);
    });
}
