import type { Db } from './db';
import type { Extent } from '../domain/extent';

/**
 * The area a place's municipality covers (its outline's extent), for the place whose extent
 * holds `near` (a boundary's or a point's extent); the default place otherwise. Without
 * municipality outlines, the seeded region.
 */
export async function dataExtent(db: Db, near?: Extent): Promise<{ extent: Extent; municipalityCode: string | null }> {
  const [x, y] = near ? [(near[0] + near[2]) / 2, (near[1] + near[3]) / 2] : [NaN, NaN];
  const place = await db.one<{ code: string }>(
    `SELECT municipality_code AS code FROM places
     ORDER BY (min_x <= $x AND max_x >= $x AND min_y <= $y AND max_y >= $y) DESC NULLS LAST, is_default DESC LIMIT 1`,
    { x, y },
  );
  const code = place?.code ?? null;
  return { extent: await municipalityExtent(db, code), municipalityCode: code };
}

/** The extent of a municipality's outline; without one, the seeded region. */
export async function municipalityExtent(db: Db, code: string | null): Promise<Extent> {
  const m = code
    ? await db.one<{ min_x: number; min_y: number; max_x: number; max_y: number }>(
        'SELECT min_x, min_y, max_x, max_y FROM municipalities WHERE code = $code',
        { code },
      )
    : undefined;
  if (m) return [m.min_x, m.min_y, m.max_x, m.max_y];
  const region = await db.one<{ value: string }>("SELECT value FROM meta WHERE key = 'region'");
  return region ? JSON.parse(region.value) : [-180, -90, 180, 90];
}
