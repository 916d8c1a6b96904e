import { z } from 'zod';

const position = z
  .array(z.number({ error: 'koordinater ska vara tal' }))
  .min(2, 'en punkt har två koordinater')
  .max(3);
const ring = z.array(position).min(3, 'en ring behöver minst tre punkter');

/** A GeoJSON Polygon or MultiPolygon, shape only; validateBoundary checks that it makes sense. */
export const polygonGeometry = z.discriminatedUnion(
  'type',
  [
    z.object({ type: z.literal('Polygon'), coordinates: z.array(ring).min(1, 'polygonen saknar ring') }),
    z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(ring).min(1)).min(1) }),
  ],
  { error: 'geometry ska vara en GeoJSON Polygon eller MultiPolygon' },
);
