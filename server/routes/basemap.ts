import { Hono } from 'hono';
import { z } from 'zod';
import type { Db } from '../store/db';
import { BASEMAP_LAYERS, basemapFeatures } from '../store/basemap';
import { featureCollection } from '../geo/features';
import { bboxParam } from '../http/queryParams';
import { validate } from '../http/validate';

export function basemapRoutes(db: Db) {
  return new Hono().get(
    '/:layer',
    validate(
      'param',
      z.object({
        layer: z.enum(BASEMAP_LAYERS, { error: `Okänt kartlager; välj ett av: ${BASEMAP_LAYERS.join(', ')}` }),
      }),
    ),
    validate('query', z.object({ bbox: bboxParam })),
    async (c) => {
      const features = await basemapFeatures(db, c.req.valid('param').layer, c.req.valid('query').bbox);
      // Base-map data changes only when data is re-imported: let the browser keep it for an hour.
      c.header('Cache-Control', 'public, max-age=3600');
      return c.json(featureCollection(features));
    },
  );
}
