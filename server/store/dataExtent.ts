import type { Db } from './db';
import type { Extent } from '../domain/extent';

/** The area the municipality's data covers: its outline's extent, or the seeded region. */
export async function dataExtent(db: Db): Promise<{ extent: Extent; municipalityCode: string | null }> {
  const meta = await db.all<{ key: string; value: string }>(
    "SELECT key, value FROM meta WHERE key IN ('centre', 'region')",
  );
  const byKey = Object.fromEntries(meta.map((r) => [r.key, r.value]));
  const code = byKey.centre ? (JSON.parse(byKey.centre).municipalityCode as string) : null;
  const m = code
    ? await db.one<{ min_x: number; min_y: number; max_x: number; max_y: number }>(
        'SELECT min_x, min_y, max_x, max_y FROM municipalities WHERE code = $code',
        { code },
      )
    : undefined;
  if (m) return { extent: [m.min_x, m.min_y, m.max_x, m.max_y], municipalityCode: code };
  return { extent: byKey.region ? JSON.parse(byKey.region) : [-180, -90, 180, 90], municipalityCode: code };
}
