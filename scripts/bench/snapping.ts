import type { Polygon } from 'geojson';
import { withLargeParcelDb } from './largeParcelSet';
import { parcelsInBboxText } from '../../server/store/parcels';
import { ParcelSnapper, pixelSizeDegrees } from '../../web/map/draw/parcelSnapper';
import { Random } from '../../server/ingest/random';
import { percentile } from './stats';

/**
 * Snapping while drawing: the snapper is built from every parcel the map has loaded (the
 * 5 000-parcel cap of a wide viewport) and asked once per pointer move. A frame is 16 ms.
 */
export function benchSnapping() {
  return withLargeParcelDb(200_000, async (db) => {
    const zoom = 14.5; // the widest zoom at which parcels are loaded
    const view: [number, number, number, number] = [12.975, 55.593, 13.027, 55.619];
    const parcels = JSON.parse(await parcelsInBboxText(db, view)) as { features: { geometry: Polygon }[] };
    const rings = parcels.features.flatMap((f) => f.geometry.coordinates);
    const built = performance.now();
    const snapper = new ParcelSnapper(rings);
    const buildMs = performance.now() - built;
    const random = new Random(3);
    const times: number[] = [];
    let snapped = 0;
    for (let i = 0; i < 20_000; i++) {
      const at = [random.between(view[0], view[2]), random.between(view[1], view[3])];
      const t = performance.now();
      if (snapper.snap(at, pixelSizeDegrees(at[1], zoom), 10)) snapped++;
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    return {
      'parcels loaded': parcels.features.length,
      edges: rings.reduce((s, r) => s + r.length - 1, 0),
      'build ms': buildMs,
      'snap p50 ms': percentile(times, 50),
      'snap p99 ms': percentile(times, 99),
      'snap max ms': times[times.length - 1],
      'pointer moves': times.length,
      'snapped %': Math.round((100 * snapped) / times.length),
    };
  });
}
