import { createApp } from '../../server/app';
import { createDistrict } from '../../server/store/districtWrites';
import { withLargeParcelDb } from './largeParcelSet';
import { timeRuns } from './stats';

/** GET /api/districts/:id/parcels for a district of about 500 parcels among 200k (turf overlay per parcel). */
export function benchDistrictParcels() {
  return withLargeParcelDb(200_000, async (db) => {
    // ~880 m × 900 m around Stortorget, a little askew so that edge parcels are cut.
    const [lon, lat, dLon, dLat] = [13.0011, 55.6059, 0.007, 0.004];
    const geometry = {
      type: 'Polygon' as const,
      coordinates: [
        [
          [lon - dLon, lat - dLat],
          [lon + dLon, lat - dLat * 1.05],
          [lon + dLon * 1.02, lat + dLat],
          [lon - dLon, lat + dLat],
          [lon - dLon, lat - dLat],
        ],
      ],
    };
    const { id } = await createDistrict(
      db,
      { name: 'Bench', type: 'city-centre', geometry, note: null, municipalityCode: null },
      'bench',
    );
    const { app } = createApp({ db });
    const get = async () =>
      (await app.request(`/api/districts/${id}/parcels`)).json() as Promise<{
        features: { properties: { edge: boolean } }[];
      }>;
    const body = await get();
    const t = await timeRuns(20, async () => {
      await get();
    });
    return {
      'parcels in DB': (await db.one<{ n: number }>('SELECT count(*)::INTEGER AS n FROM parcels'))!.n,
      'parcels in district': body.features.length,
      'of which edge': body.features.filter((f) => f.properties.edge).length,
      'p50 ms': t.p50,
      'p95 ms': t.p95,
      runs: t.runs,
    };
  });
}
