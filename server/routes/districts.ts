import { Hono } from 'hono';
import { z } from 'zod';
import type { Db } from '../store/db';
import { currentBoundary, districtParcels, listDistricts, listVersions, premisesInside } from '../store/districts';
import { addBoundaryVersion, createDistrict } from '../store/districtWrites';
import { dataExtent } from '../store/dataExtent';
import { validateBoundary } from '../domain/polygonValidation';
import { featureCollection } from '../geo/features';
import { DISTRICT_TYPES } from '../domain/districts';
import { districtSummary } from '../domain/districtSummary';
import { stakeholderCsv } from '../services/stakeholderCsv';
import { polygonGeometry } from '../domain/geometrySchema';
import { validate } from '../http/validate';
import { ApiError, notFound } from '../http/errors';
import { requireRole } from '../auth/session';
import type { AppEnv } from '../http/env';

const note = z.string().trim().max(1000).optional().transform((v) => v || null);
const newDistrict = z.object({
  name: z.string().trim().min(1, 'Ge området ett namn').max(120),
  type: z.enum(DISTRICT_TYPES, { error: `type ska vara en av: ${DISTRICT_TYPES.join(', ')}` }),
  geometry: polygonGeometry,
  note,
});
const newBoundary = z.object({ geometry: polygonGeometry, note });

async function checkedBoundary(db: Db, geometry: z.infer<typeof polygonGeometry>) {
  const { extent, municipalityCode } = await dataExtent(db);
  const result = validateBoundary(geometry, extent);
  if ('problem' in result) throw new ApiError(422, 'invalid_geometry', result.problem.message, result.problem);
  return { geometry: result.geometry, municipalityCode };
}

export function districtRoutes(db: Db) {
  const boundaryOf = async (id: string) => {
    const boundary = await currentBoundary(db, id);
    if (!boundary) throw notFound('Området', id);
    return boundary;
  };
  const parcelsOf = async (id: string, includePersonalData: boolean) =>
    districtParcels(db, (await boundaryOf(id)).geometry, { includePersonalData });

  return new Hono<AppEnv>()
    .get('/', async (c) => c.json(featureCollection(await listDistricts(db))))
    .post('/', requireRole('planner'), validate('json', newDistrict), async (c) => {
      const body = c.req.valid('json');
      const { geometry, municipalityCode } = await checkedBoundary(db, body.geometry);
      const created = await createDistrict(db, { ...body, geometry, municipalityCode }, c.get('user')!.id);
      return c.json(created, 201);
    })
    .put('/:id/boundary', requireRole('planner'), validate('json', newBoundary), async (c) => {
      const id = c.req.param('id');
      await boundaryOf(id);
      const body = c.req.valid('json');
      const { geometry } = await checkedBoundary(db, body.geometry);
      const saved = await addBoundaryVersion(db, id, geometry, body.note, c.get('user')!.id);
      if (!saved) throw notFound('Området', id);
      return c.json(saved, 201);
    })
    .get('/:id/versions', async (c) => {
      const id = c.req.param('id');
      await boundaryOf(id);
      return c.json(featureCollection(await listVersions(db, id)));
    })
    .get('/:id/parcels', async (c) => {
      const parcels = await parcelsOf(c.req.param('id'), c.get('user')?.role === 'planner');
      return c.json(featureCollection(parcels));
    })
    .get('/:id/summary', async (c) => {
      const boundary = await boundaryOf(c.req.param('id'));
      const parcels = await districtParcels(db, boundary.geometry, { includePersonalData: false });
      const premises = await premisesInside(db, boundary.geometry);
      return c.json({ id: boundary.id, name: boundary.name, version: boundary.version, ...districtSummary(parcels.map((p) => p.properties), premises) });
    })
    .get('/:id/stakeholders.csv', requireRole('planner'), async (c) => {
      const boundary = await boundaryOf(c.req.param('id'));
      const parcels = await districtParcels(db, boundary.geometry, { includePersonalData: true });
      const filename = `intressenter-${boundary.id}.csv`;
      return c.body(stakeholderCsv(parcels.map((p) => p.properties)), 200, {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="${filename}"`,
      });
    });
}
