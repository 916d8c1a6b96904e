import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { z } from 'zod';
import type { Db } from '../store/db';
import { findPlace, placeList } from '../store/places';
import { placesOverview } from '../services/placeOverview';
import { createPlace } from '../services/createPlace';
import { importFileIntoPlace } from '../ingest/importFile';
import { forgetDistrictScopes } from '../services/districtScope';
import { publicSiteFiles } from '../services/publicExport';
import { zipSync } from 'fflate';
import { IngestError } from '../ingest/ingestError';
import { requireRole } from '../auth/session';
import { validate } from '../http/validate';
import { ApiError } from '../http/errors';
import type { AppEnv } from '../http/env';

const MAX_IMPORT_BYTES = 500 * 1024 * 1024;
const coordinate = z.number().finite();
const newPlace = z.object({
  name: z.string().trim().min(2, 'Ge platsen ett namn').max(120),
  bbox: z
    .tuple([coordinate, coordinate, coordinate, coordinate])
    .refine(
      ([w, s, e, n]) => w < e && s < n && w >= 10 && e <= 25 && s >= 55 && n <= 70,
      'bbox ska ligga i Sverige: [väst, syd, öst, nord]',
    )
    .optional(),
});
const importQuery = z.object({
  mode: z.enum(['preview', 'commit']).default('preview'),
  designationField: z.string().max(100).optional(),
});

/** The places (centres) of this installation, their figures side by side, and what planners bring into them. */
export function placeRoutes(db: Db, { webRoot }: { webRoot: string }) {
  return (
    new Hono<AppEnv>()
      .get('/', async (c) => c.json(await placeList(db)))
      // Aggregates only (rates, counts of passers-by, actions): nothing about a person.
      .get('/overview', async (c) => c.json({ places: await placesOverview(db) }))
      .post('/', requireRole('planner'), validate('json', newPlace), async (c) => {
        const place = await createPlace(db, c.req.valid('json'), c.get('user')!.id);
        return c.json(
          { id: place.id, name: place.name, municipalityCode: place.municipalityCode, bbox: place.bbox },
          201,
        );
      })
      .post(
        '/:id/imports',
        requireRole('planner'),
        bodyLimit({
          maxSize: MAX_IMPORT_BYTES,
          onError: () => {
            throw new ApiError(413, 'too_large', 'Filen är för stor: högst 500 MB. (File too large.)');
          },
        }),
        validate('query', importQuery),
        async (c) => {
          const id = c.req.param('id');
          const place = await findPlace(db, id);
          if (!place) throw new ApiError(404, 'not_found', `Platsen "${id}" finns inte.`);
          const { mode, designationField } = c.req.valid('query');
          const bytes = await uploadedBytes(c.req.raw);
          try {
            const report = await importFileIntoPlace(db, place, bytes, {
              userId: c.get('user')!.id,
              designationField,
              preview: mode === 'preview',
            });
            // Parcels, premises or buildings moved: what lies inside each district is decided anew.
            if (mode === 'commit') forgetDistrictScopes(db);
            return c.json({ mode, ...report });
          } catch (error) {
            if (error instanceof IngestError) throw new ApiError(422, 'invalid_file', error.message, error.details);
            throw error;
          }
        },
      )
      // The public map as static files, zipped: the planner puts the folder on any web host.
      .get('/:id/public-export.zip', requireRole('planner'), async (c) => {
        const id = c.req.param('id');
        const files = await publicSiteFiles(db, id, webRoot);
        const zip = zipSync(Object.fromEntries(files.map((f) => [`${id}-publik-karta/${f.path}`, f.bytes])), {
          level: 6,
        });
        c.header('Content-Type', 'application/zip');
        c.header('Content-Disposition', `attachment; filename="${id}-publik-karta.zip"`);
        return c.body(zip);
      })
  );
}

/** The upload as a multipart `file` or as the raw body. */
async function uploadedBytes(req: Request): Promise<Uint8Array> {
  if ((req.headers.get('Content-Type') ?? '').startsWith('multipart/form-data')) {
    const file = (await req.formData()).get('file');
    if (!(file instanceof File)) throw new ApiError(400, 'no_file', 'Välj en fil att läsa in. (No file.)');
    return new Uint8Array(await file.arrayBuffer());
  }
  const bytes = new Uint8Array(await req.arrayBuffer());
  if (bytes.length === 0) throw new ApiError(400, 'empty_file', 'Filen är tom. (Empty file.)');
  return bytes;
}
