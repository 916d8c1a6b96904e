import type { Db } from '../store/db';
import { centreInfo } from '../store/sources';
import { findPlace } from '../store/places';
import { provenanceIn } from '../store/provenance';
import { notFound } from '../http/errors';
import type { Extent } from '../domain/extent';

/** Around a place that is not the default, the base map covers its extent and a margin. */
const MARGIN = 0.01;

/**
 * What the web app needs before it can draw the map of a place (the default one when none is
 * named): where it is, which base map, what of its data is real and what generated.
 * `/api/config` and the static public export both answer with it.
 */
export async function placeConfig(db: Db, asked: string | undefined, basemapStyleUrl: string | null) {
  const [info, place] = await Promise.all([centreInfo(db), findPlace(db, asked)]);
  if (asked && !place) throw notFound('Platsen', asked);
  const [w, s, e, n] = place?.bbox ?? info.centre?.bbox ?? [0, 0, 0, 0];
  return {
    ...info,
    ...(place && {
      place: place.id,
      centre: { id: place.id, name: place.name, municipalityCode: place.municipalityCode, bbox: place.bbox },
      region:
        (place.id === info.centre?.id && info.region) || ([w - MARGIN, s - MARGIN, e + MARGIN, n + MARGIN] as Extent),
    }),
    provenance: await provenanceIn(db, place?.bbox ?? ([w, s, e, n] as Extent)),
    basemapStyleUrl,
  };
}
