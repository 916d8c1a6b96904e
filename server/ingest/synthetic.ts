import { area } from '@turf/turf';
import type { Db } from '../store/db';
import { insertRows } from '../store/tables';
import { refreshDailyFootfall } from '../store/footfallRollup';
import { swerefToWgs84, wgs84ToSweref } from '../domain/sweref';
import { mapPositions, type Extent } from '../domain/extent';
import { writeGeopackage } from './parcels/writeGeopackage';
import { generateFabric } from './generators/townFabric';
import { Random } from './random';

const BENCH_SOURCE = { id: 'bench', title: 'Benchmark', licence: 'CC0 1.0', generated: true };

async function ensureBenchSource(db: Db) {
  await db.transaction(async (tx) => {
    if (await tx.one("SELECT 1 FROM sources WHERE id = 'bench'")) return;
    await insertRows(tx, 'sources', [BENCH_SOURCE]);
  });
}

/**
 * About `target` generated parcels in a square centred on Malmö's Stortorget: the large data
 * sets the benchmarks measure against. Everything is marked generated.
 */
export async function writeSyntheticParcels(db: Db, target: number): Promise<number> {
  const parcelsPerBlock = 6; // two rows of 2–4 lots on average
  const blockArea = 110 * 86;
  const side = Math.sqrt((target / parcelsPerBlock) * blockArea);
  const [e, n] = wgs84ToSweref([13.0011, 55.6059]);
  const fabric = generateFabric(new Random(7), {
    area: [e - side / 2, n - side / 2, e + side / 2, n + side / 2],
    keepCell: () => true,
    municipalityName: 'Malmö',
  });
  await ensureBenchSource(db);
  await db.transaction((tx) =>
    insertRows(
      tx,
      'parcels',
      fabric.parcels.map((p) => ({
        id: p.id,
        designation: p.designation,
        geom: p.geometry,
        area_m2: area(p.geometry),
        source_id: 'bench',
        generated: true,
        updated_by: 'bench',
      })),
    ),
  );
  return fabric.parcels.length;
}

/**
 * `counters` generated footfall counters in a 10-wide grid over Malmö's old town (ids
 * `bench-0` …), each with hourly counts for `years` years from 2005, rolled up per day.
 */
export async function writeSyntheticFootfall(db: Db, counters: number, years: number): Promise<void> {
  await ensureBenchSource(db);
  await db.transaction(async (tx) => {
    await insertRows(
      tx,
      'footfall_counters',
      Array.from({ length: counters }, (_, c) => {
        const [lon, lat] = [12.995 + (c % 10) * 0.001, 55.601 + Math.floor(c / 10) * 0.001];
        return {
          id: `bench-${c}`,
          name: `Räknare ${c}`,
          lon,
          lat,
          geom: { type: 'Point' as const, coordinates: [lon, lat] },
          source_id: 'bench',
          generated: true,
        };
      }),
    );
    // Ten million rows are made by DuckDB itself: an appender would spend minutes in JavaScript.
    await tx.run(`INSERT INTO footfall_counts
      SELECT 'bench-' || c, to_timestamp(1104537600 + h * 3600), (200 + (hash(c, h) % 800))::INTEGER, true
      FROM range(${counters}) t(c), range(${years * 8760}) s(h)`);
    await refreshDailyFootfall(tx);
  });
}

/**
 * About `target` generated parcels (as `writeSyntheticParcels` lays them out) written as a
 * GeoPackage in SWEREF 99 TM, with the extent they cover: the benchmark's municipal delivery.
 */
export async function syntheticParcelGeopackage(target: number) {
  const parcelsPerBlock = 6;
  const side = Math.sqrt((target / parcelsPerBlock) * 110 * 86);
  const [e, n] = wgs84ToSweref([13.0011, 55.6059]);
  const fabric = generateFabric(new Random(11), {
    area: [e - side / 2, n - side / 2, e + side / 2, n + side / 2],
    keepCell: () => true,
    municipalityName: 'Malmö',
  });
  const sweref = fabric.parcels.map((p) => ({
    designation: p.designation,
    geometry: mapPositions(p.geometry, wgs84ToSweref),
  }));
  const [w, s] = swerefToWgs84([e - side / 2 - 100, n - side / 2 - 100]);
  const [east, north] = swerefToWgs84([e + side / 2 + 100, n + side / 2 + 100]);
  return { bytes: await writeGeopackage(sweref, 3006), parcels: sweref.length, bbox: [w, s, east, north] as Extent };
}
