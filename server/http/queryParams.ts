import { z } from 'zod';
import type { Extent } from '../domain/extent';

/** `bbox=minLon,minLat,maxLon,maxLat` in WGS 84, as the map sends it. */
export const bboxParam = z
  .string({ error: 'bbox saknas: ange bbox=minLon,minLat,maxLon,maxLat (bbox is required)' })
  .transform((value, ctx): Extent => {
    const parts = value.split(',').map((p) => Number(p.trim()));
    const fail = (message: string) => {
      ctx.addIssue({ code: 'custom', message });
      return z.NEVER;
    };
    if (parts.length !== 4 || parts.some((n) => !Number.isFinite(n))) {
      return fail('bbox ska vara fyra tal: minLon,minLat,maxLon,maxLat (bbox must be four numbers)');
    }
    const [minLon, minLat, maxLon, maxLat] = parts;
    if (minLon < -180 || maxLon > 180 || minLat < -90 || maxLat > 90) {
      return fail('bbox ligger utanför jordens koordinater i WGS 84 (bbox is outside WGS 84 bounds)');
    }
    if (minLon >= maxLon || minLat >= maxLat) {
      return fail('bbox: min måste vara mindre än max (bbox min must be less than max)');
    }
    return [minLon, minLat, maxLon, maxLat];
  });

export const isoDateParam = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Datum ska skrivas ÅÅÅÅ-MM-DD (date must be YYYY-MM-DD)')
  .refine(
    (s) => !Number.isNaN(Date.parse(s)) && new Date(s).toISOString().startsWith(s),
    'Ogiltigt datum (not a real date)',
  );

/** `from` (inclusive) and `to` (exclusive) dates, in order. */
export const datePeriod = z.object({ from: isoDateParam, to: isoDateParam }).refine((q) => q.from < q.to, {
  message: 'from måste vara före to (from must be before to; to is exclusive)',
  path: ['to'],
});
