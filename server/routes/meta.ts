import { Hono } from 'hono';
import type { Db } from '../store/db';
import { centreInfo, listSources } from '../store/sources';
import { findPlace } from '../store/places';
import { fabricOf } from '../store/basemap';
import { placeQuery } from '../http/placeParam';
import { validate } from '../http/validate';
import { notFound } from '../http/errors';
import type { Extent } from '../domain/extent';

/** Around a place that is not the default, the base map covers its extent and a margin. */
const MARGIN = 0.01;

/** What the web app needs before it can draw the map: where the centre is, which base map, what data is real. */
export function metaRoutes(db: Db, options: { basemapStyleUrl: string | null }) {
  return new Hono()
    .get('/config', validate('query', placeQuery), async (c) => {
      const asked = c.req.valid('query').place;
      const [info, place] = await Promise.all([centreInfo(db), findPlace(db, asked)]);
      if (asked && !place) throw notFound('Platsen', asked);
      const [w, s, e, n] = place?.bbox ?? info.centre?.bbox ?? [0, 0, 0, 0];
      return c.json({
        ...info,
        ...(place && {
          place: place.id,
          centre: { id: place.id, name: place.name, municipalityCode: place.municipalityCode, bbox: place.bbox },
          region:
            (place.id === info.centre?.id && info.region) ||
            ([w - MARGIN, s - MARGIN, e + MARGIN, n + MARGIN] as Extent),
        }),
        fabric: await fabricOf(db, place?.bbox ?? ([w, s, e, n] as Extent)),
        basemapStyleUrl: options.basemapStyleUrl,
      });
    })
    .get('/sources', async (c) => c.json({ sources: await listSources(db) }));
}
