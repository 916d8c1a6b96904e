import { Hono } from 'hono';
import type { Db } from '../store/db';
import { publicActions, publicFootfallWeeks, publicListingPhoto, publicVacancies } from '../store/publicView';
import { notFound } from '../http/errors';
import { validate } from '../http/validate';
import { placeQuery } from '../http/placeParam';
import { loadPlace } from '../http/loadPlace';
import type { AppEnv } from '../http/env';
import { ApiError } from '../http/errors';
import { pagePreview } from '../pdf/pagePreview';

/** The citizen's view: what is being improved where and when, and premises standing empty. */
export function publicRoutes(db: Db, selfOrigin: () => string | null) {
  const place = loadPlace(db);
  return (
    new Hono<AppEnv>()
      .get('/actions', validate('query', placeQuery), place, async (c) =>
        c.json({ actions: await publicActions(db, c.var.place.bbox) }),
      )
      .get('/actions/:id', validate('query', placeQuery), place, async (c) => {
        const action = (await publicActions(db, c.var.place.bbox)).find((a) => a.id === c.req.param('id'));
        if (!action) throw notFound('Åtgärden', c.req.param('id'));
        return c.json(action);
      })
      // The picture a shared action's link shows in Slack, Teams or a message: its page as drawn
      // from the server's own address, never the request's Host.
      .get('/actions/:id/preview.png', validate('query', placeQuery), place, async (c) => {
        const id = c.req.param('id');
        if (!(await publicActions(db, c.var.place.bbox)).some((a) => a.id === id)) throw notFound('Åtgärden', id);
        const origin = selfOrigin();
        if (!origin)
          throw new ApiError(503, 'preview_unavailable', 'Förhandsbilden fungerar bara i den körande servern.');
        const path = `/p/${c.var.place.id}/public/actions/${encodeURIComponent(id)}`;
        // Like every public answer it is kept in memory until the next write (publicCache), so
        // the picture is drawn once per data version however many link previews ask for it.
        const png = await pagePreview(`${origin}${path}`);
        return new Response(png as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': 'image/png' } });
      })
      .get('/vacancies', validate('query', placeQuery), place, async (c) =>
        c.json({ vacancies: await publicVacancies(db, c.var.place.bbox) }),
      )
      .get('/vacancies/:id/photo', async (c) => {
        const photo = await publicListingPhoto(db, c.req.param('id'));
        if (!photo) throw notFound('Bilden', c.req.param('id'));
        return c.body(photo.photo as Uint8Array<ArrayBuffer>, 200, { 'Content-Type': photo.type });
      })
      .get('/footfall', validate('query', placeQuery), place, async (c) =>
        c.json({ weeks: await publicFootfallWeeks(db, c.var.place.bbox) }),
      )
  );
}
