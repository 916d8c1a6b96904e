import { Hono } from 'hono';
import { z } from 'zod';
import type { Geometry } from 'geojson';
import type { Db } from '../store/db';
import {
  addUpdate,
  createAction,
  deleteAction,
  getAction,
  listActions,
  listUpdates,
  updateAction,
  type ActionInput,
} from '../store/actions';
import { potBalances } from '../store/pots';
import { loadDistrict } from '../http/loadDistrict';
import { municipalityExtent } from '../store/dataExtent';
import type { DistrictBoundary } from '../store/districts';
import { ACTION_STATUSES, FOCUS_AREAS, sharesMakeWhole } from '../domain/actionPlan';
import { validateBoundary } from '../domain/polygonValidation';
import { toCsv } from '../domain/csv';
import { isoDateParam } from '../http/queryParams';
import { validate } from '../http/validate';
import { ApiError, notFound } from '../http/errors';
import { MAX_PHOTO_BYTES, uploadedPhoto } from '../http/fileType';
import { requireRole } from '../auth/session';
import type { AppEnv } from '../http/env';
import { basedOnVersion } from '../http/ifMatch';

const position = z.tuple([z.number(), z.number()]).rest(z.number());
const actionGeometry = z.discriminatedUnion(
  'type',
  [
    z.object({ type: z.literal('Point'), coordinates: position }),
    z.object({
      type: z.literal('LineString'),
      coordinates: z.array(position).min(2, 'en linje behöver minst två punkter'),
    }),
    z.object({ type: z.literal('Polygon'), coordinates: z.array(z.array(position).min(3)).min(1) }),
  ],
  { error: 'geometry ska vara en GeoJSON Point, LineString eller Polygon' },
);

const actionBody = z
  .object({
    title: z.string().trim().min(1, 'Ge åtgärden en rubrik').max(200),
    description: z
      .string()
      .trim()
      .max(4000)
      .nullish()
      .transform((v) => v || null),
    focusArea: z.enum(FOCUS_AREAS, { error: `focusArea ska vara en av: ${FOCUS_AREAS.join(', ')}` }),
    status: z.enum(ACTION_STATUSES, { error: `status ska vara en av: ${ACTION_STATUSES.join(', ')}` }),
    priority: z
      .number()
      .int()
      .min(1)
      .max(5)
      .nullish()
      .transform((v) => v ?? null),
    start: isoDateParam.nullish().transform((v) => v ?? null),
    end: isoDateParam.nullish().transform((v) => v ?? null),
    costSek: z
      .number({ error: 'costSek ska vara ett belopp i hela kronor' })
      .int('Belopp anges i hela kronor (costSek must be an integer)')
      .min(0)
      .max(100_000_000_000),
    financing: z
      .array(
        z.object({
          party: z.string().trim().min(1, 'Ange vem som betalar').max(200),
          share: z.number().gt(0, 'En andel måste vara större än 0').max(1),
          stakeholderId: z
            .string()
            .nullish()
            .transform((v) => v ?? null),
        }),
      )
      .default([]),
    potId: z
      .string()
      .nullish()
      .transform((v) => v ?? null),
    responsibleStakeholderId: z
      .string()
      .nullish()
      .transform((v) => v ?? null),
    geometry: actionGeometry.nullish().transform((v) => v ?? null),
    public: z.boolean().default(false),
    publicText: z
      .string()
      .trim()
      .max(2000)
      .nullish()
      .transform((v) => v || null),
  })
  .refine((a) => a.financing.length === 0 || sharesMakeWhole(a.financing.map((f) => f.share)), {
    message: 'Finansieringens andelar måste bli 100 % tillsammans (financing shares must add up to 100 %)',
    path: ['financing'],
  })
  .refine((a) => a.costSek === 0 || a.financing.length > 0, {
    message: 'Ange hur kostnaden finansieras',
    path: ['financing'],
  })
  .refine((a) => !a.start || !a.end || a.start <= a.end, {
    message: 'Slutdatum kan inte vara före startdatum (end before start)',
    path: ['end'],
  })
  .refine((a) => !a.public || Boolean(a.publicText), {
    message: 'En publik åtgärd behöver en text för allmänheten',
    path: ['publicText'],
  });

/** Places an action within its district's municipality; lines and areas must make sense as shapes. */
async function checkGeometry(db: Db, geometry: Geometry | null, municipalityCode: string | null) {
  if (!geometry) return null;
  const extent = await municipalityExtent(db, municipalityCode);
  if (geometry.type === 'Polygon') {
    const result = validateBoundary(geometry, extent);
    if ('problem' in result) throw new ApiError(422, 'invalid_geometry', result.problem.message, result.problem);
    return result.geometry;
  }
  const points =
    geometry.type === 'Point' ? [geometry.coordinates] : geometry.type === 'LineString' ? geometry.coordinates : [];
  const [minX, minY, maxX, maxY] = extent;
  const outside = points.findIndex((p) => p[0] < minX || p[0] > maxX || p[1] < minY || p[1] > maxY);
  if (outside >= 0) {
    throw new ApiError(
      422,
      'invalid_geometry',
      `Platsen ligger utanför kommunens dataområde (point ${outside + 1} is outside the data extent).`,
      { problem: 'outside-extent', vertex: [0, 0, outside], location: points[outside] },
    );
  }
  if (geometry.type === 'LineString' && new Set(points.map((p) => `${p[0]},${p[1]}`)).size < 2) {
    throw new ApiError(422, 'invalid_geometry', 'En linje behöver två olika punkter.', { problem: 'too-few-points' });
  }
  return geometry;
}

export function actionPlanRoutes(db: Db) {
  const district = loadDistrict(db);
  const checkPot = async (districtId: string, potId: string | null) => {
    if (potId && !(await potBalances(db, { districtId, potId })).length) {
      throw new ApiError(
        422,
        'unknown_pot',
        'Potten finns inte för det här området (the pot does not belong to this district).',
      );
    }
  };
  /** A pot may go into the red, but never silently: the response says so. */
  const potWarnings = async (potId: string | null) => {
    if (!potId) return [];
    const [pot] = await potBalances(db, { potId });
    return pot && pot.remainingSek < 0
      ? [
          {
            code: 'pot-overspent',
            message: `Potten är överskriden med ${Math.round(-pot.remainingSek).toLocaleString('sv-SE')} kr.`,
            remainingSek: pot.remainingSek,
          },
        ]
      : [];
  };
  const input = async (district: DistrictBoundary, body: z.infer<typeof actionBody>): Promise<ActionInput> => {
    await checkPot(district.id, body.potId);
    return { ...body, geometry: await checkGeometry(db, body.geometry as Geometry | null, district.municipalityCode) };
  };

  return new Hono<AppEnv>()
    .get('/:id/actions', district, async (c) => {
      const id = c.var.district.id;
      const actions = await listActions(db, id);
      if (c.get('user')?.role === 'planner') return c.json({ actions });
      // Everyone else sees the public actions, in their public words, and nothing about money or people.
      return c.json({
        actions: actions
          .filter((a) => a.public)
          .map((a) => ({
            id: a.id,
            title: a.title,
            publicText: a.publicText,
            focusArea: a.focusArea,
            status: a.status,
            start: a.start,
            end: a.end,
            geometry: a.geometry,
          })),
      });
    })
    .post('/:id/actions', requireRole('planner'), validate('json', actionBody), district, async (c) => {
      const id = c.var.district.id;
      const action = await createAction(db, id, await input(c.var.district, c.req.valid('json')), c.get('user')!.id);
      return c.json({ action, warnings: await potWarnings(action.potId) }, 201);
    })
    .put('/:id/actions/:actionId', requireRole('planner'), validate('json', actionBody), district, async (c) => {
      const { id, actionId } = c.req.param();
      const action = await updateAction(
        db,
        id,
        actionId,
        await input(c.var.district, c.req.valid('json')),
        c.get('user')!.id,
        basedOnVersion(c),
      );
      if (!action) throw notFound('Åtgärden', actionId);
      return c.json({ action, warnings: await potWarnings(action.potId) });
    })
    .delete('/:id/actions/:actionId', requireRole('planner'), async (c) => {
      const { id, actionId } = c.req.param();
      if (!(await deleteAction(db, id, actionId, c.get('user')!.id))) throw notFound('Åtgärden', actionId);
      return c.body(null, 204);
    })
    .get('/:id/actions/:actionId/updates', requireRole('planner'), async (c) => {
      const { id, actionId } = c.req.param();
      if (!(await getAction(db, id, actionId))) throw notFound('Åtgärden', actionId);
      return c.json({ updates: await listUpdates(db, actionId) });
    })
    .post('/:id/actions/:actionId/updates', requireRole('planner'), async (c) => {
      const { id, actionId } = c.req.param();
      if (!(await getAction(db, id, actionId))) throw notFound('Åtgärden', actionId);
      if (Number(c.req.header('Content-Length') ?? 0) > MAX_PHOTO_BYTES + 64 * 1024) {
        throw new ApiError(413, 'too_large', 'Bilden är för stor: högst 5 MB. (Photo too large.)');
      }
      const form = await c.req.parseBody();
      const fields = z
        .object({ date: isoDateParam, note: z.string().trim().min(1, 'Skriv vad som har hänt').max(4000) })
        .safeParse(form);
      if (!fields.success)
        throw new ApiError(
          400,
          'invalid_request',
          fields.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '),
        );
      const photo = await uploadedPhoto(form.photo);
      return c.json(
        await addUpdate(
          db,
          actionId,
          { ...fields.data, photo: photo?.bytes ?? null, photoType: photo?.type ?? null },
          c.get('user')!.id,
        ),
        201,
      );
    })
    .get('/:id/actions.csv', requireRole('planner'), district, async (c) => {
      const { id, name } = c.var.district;
      const actions = await listActions(db, id);
      const csv = toCsv(
        [
          'Åtgärd',
          'Fokusområde',
          'Status',
          'Prioritet',
          'Start',
          'Slut',
          'Kostnad (kr)',
          'Finansiering',
          'Ansvarig',
          'Publik',
        ],
        actions.map((a) => [
          a.title,
          a.focusArea,
          a.status,
          a.priority,
          a.start,
          a.end,
          a.costSek,
          a.financing.map((f) => `${f.party} ${Math.round(f.share * 1000) / 10} %`).join(', '),
          a.responsibleName,
          a.public ? 'ja' : 'nej',
        ]),
      );
      return c.body(csv, 200, {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="handlingsplan-${name.replace(/[^\p{L}\p{N}]+/gu, '-')}.csv"`,
      });
    });
}
