import type { Db } from '../store/db';
import { parcelsWithStakeholders, premisesByIds, type DistrictBoundary } from '../store/districts';
import { EDGE_SHARE } from '../domain/districts';
import { districtScope } from './districtScope';

/**
 * The parcels inside or crossing a district, each with the share of its area inside, its
 * owners and its tenants; largest share first. Parcels that only touch the boundary are left out.
 */
export async function districtParcels(
  db: Db,
  boundary: DistrictBoundary,
  { includePersonalData }: { includePersonalData: boolean },
) {
  const scope = await districtScope(db, boundary);
  const rows = await parcelsWithStakeholders(
    db,
    scope.parcels.map((p) => p.id),
    { includePersonalData },
  );
  return scope.parcels
    .flatMap(({ id, share, geometry }) => {
      const row = rows.get(id);
      return row ? [{ row, share, geometry }] : [];
    })
    .sort((a, b) => b.share - a.share || a.row.designation.localeCompare(b.row.designation, 'sv'))
    .map(({ row, share, geometry }) => ({
      type: 'Feature' as const,
      id: row.id,
      geometry,
      properties: {
        id: row.id,
        designation: row.designation,
        areaM2: row.areaM2,
        generated: row.generated,
        shareInside: Math.round(share * 10_000) / 10_000,
        edge: share < EDGE_SHARE,
        premises: row.premises,
        vacant: row.vacant,
        owners: row.owners,
        tenants: row.tenants,
      },
    }));
}

/** Premises whose point lies inside the boundary, with current status and kind. */
export async function premisesInside(db: Db, boundary: DistrictBoundary) {
  return premisesByIds(db, (await districtScope(db, boundary)).premisesIds);
}
