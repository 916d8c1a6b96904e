import { Hono } from 'hono';
import { z } from 'zod';
import type { Db } from '../store/db';
import { createHash } from 'node:crypto';
import { listDistricts, listVersions, type DistrictBoundary } from '../store/districts';
import { districtParcels, premisesInside } from '../services/districtParcels';
import { loadDistrict } from '../http/loadDistrict';
import { placeQuery } from '../http/placeParam';
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
import { geometryExtent } from '../domain/extent';
import { placeIfAsked } from '../http/loadPlace';
import { basedOnVersion } from '../http/ifMatch';

const note = z
  .string()
  .trim()
  .max(1000)
  .optional()
  .transform((v) => v || null);
const newDistrict = z.object({
  name: z.string().trim().min(1, 'Ge området ett namn').max(120),
  type: z.enum(DISTRICT_TYPES, { error: `type ska vara en av: ${DISTRICT_TYPES.join(', ')}` }),
  geometry: polygonGeometry,
  note,
});
const newBoundary = z.object({ geometry: polygonGeometry, note });
const csvQuery = z.object({ lang: z.enum(['sv', 'en'], { error: 'lang ska vara sv eller en' }).default('sv') });

async function checkedBoundary(db: Db, geometry: z.infer<typeof polygonGeometry>) {
  const { extent, municipalityCode } = await dataExtent(db, geometryExtent(geometry));
  const result = validateBoundary(geometry, extent);
  if ('problem' in result) throw new ApiError(422, 'invalid_geometry', result.problem.message, result.problem);
  return { geometry: result.geometry, municipalityCode };
}

async function summaryInside(db: Db, boundary: DistrictBoundary) {
  const [parcels, premises] = await Promise.all([
    districtParcels(db, boundary, { includePersonalData: false }),
    premisesInside(db, boundary),
  ]);
  return districtSummary(
    parcels.map((p) => p.properties),
    premises,
  );
}

export function districtRoutes(db: Db) {
  const district = loadDistrict(db);

  return (
    new Hono<AppEnv>()
      .get('/', validate('query', placeQuery), async (c) => {
        const place = await placeIfAsked(db, c.req.valid('query').place);
        return c.json(featureCollection(await listDistricts(db, place?.bbox)));
      })
      .post('/', requireRole('planner'), validate('json', newDistrict), async (c) => {
        const body = c.req.valid('json');
        const { geometry, municipalityCode } = await checkedBoundary(db, body.geometry);
        const created = await createDistrict(db, { ...body, geometry, municipalityCode }, c.get('user')!.id);
        return c.json(created, 201);
      })
      .put('/:id/boundary', requireRole('planner'), validate('json', newBoundary), district, async (c) => {
        const id = c.var.district.id;
        const body = c.req.valid('json');
        const { geometry } = await checkedBoundary(db, body.geometry);
        const saved = await addBoundaryVersion(db, id, geometry, body.note, c.get('user')!.id, basedOnVersion(c));
        if (!saved) throw notFound('Området', id);
        return c.json(saved, 201);
      })
      .get('/:id/versions', district, async (c) => {
        const includePersonalData = c.get('user')?.role === 'planner';
        return c.json(featureCollection(await listVersions(db, c.var.district.id, { includePersonalData })));
      })
      .get('/:id/parcels', district, async (c) => {
        const parcels = await districtParcels(db, c.var.district, {
          includePersonalData: c.get('user')?.role === 'planner',
        });
        return c.json(featureCollection(parcels));
      })
      .get('/:id/summary', district, async (c) => {
        const boundary = c.var.district;
        return c.json({
          id: boundary.id,
          name: boundary.name,
          version: boundary.version,
          ...(await summaryInside(db, boundary)),
        });
      })
      // While a boundary is drawn: what it would hold, counted as the saved district's summary is.
      .post(
        '/preview/summary',
        requireRole('planner'),
        validate('json', z.object({ geometry: polygonGeometry })),
        async (c) => {
          const { geometry } = await checkedBoundary(db, c.req.valid('json').geometry);
          // Keyed by the shape itself, so the scope cache serves a boundary drawn back to an earlier form.
          const id = `preview-${createHash('sha1').update(JSON.stringify(geometry)).digest('hex')}`;
          const boundary = { id, name: '', type: 'other', municipalityCode: null, version: 0, areaM2: 0, geometry };
          return c.json(await summaryInside(db, { ...boundary, wkb: new Uint8Array() }));
        },
      )
      .get('/:id/stakeholders.csv', requireRole('planner'), validate('query', csvQuery), district, async (c) => {
        const boundary = c.var.district;
        const parcels = await districtParcels(db, boundary, { includePersonalData: true });
        const filename = `intressenter-${boundary.id}.csv`;
        const csv = stakeholderCsv(
          parcels.map((p) => p.properties),
          c.req.valid('query').lang,
        );
        return c.body(csv, 200, {
          'Content-Type': 'text/csv; charset=utf-8',
          'Content-Disposition': `attachment; filename="${filename}"`,
        });
      })
  );
}
