import { benchBboxQueries } from './bboxQueries';
import { benchFirstMap } from './firstMap';
import { benchTiles } from './tiles';
import { benchPublicLoad } from './publicLoad';
import { benchBundleSize } from './bundleSize';
import { printTable } from './stats';
import { benchDistrictParcels } from './districtParcels';
import { benchSnapping } from './snapping';
import { benchFootfallAnalytics } from './footfallAnalytics';
import { benchReports } from './reports';
import { benchPlaceImports } from './placeImports';

/** `npm run bench`: every benchmark, printed as tables. Run `npm run build` first (the script does). */
// The first map first: later benchmarks leave this process (whose server the pages talk to) with
// gigabytes to collect, which showed as a slower server in the pages' times.
printTable(
  'First map idle and JavaScript fetched before it (gzip, MapLibre worker included), headless Chromium (SwiftShader), 1400×900, Stockholm City; ratios against a bare MapLibre page drawing the same base map from the same server, same run; the last column against that page painting its first view once, whole, as the app does',
  await benchFirstMap(25),
);
// Tiles second, for the same reason: a server is a process of its own, and in the full run of
// 2026-11-27 the tiles measured late (after 10 million footfall rows and 200k parcels had passed
// through this process) had a warm p95 of 13 ms, 2.9 ms measured alone.
const tiles = await benchTiles();
printTable(
  'Vector tiles through the real server (GET /api/tiles/<layer>/<z>/<x>/<y>.mvt, gzip): cold = cut from DuckDB, warm = from the tile cache',
  tiles.latency,
);
printTable('Tile throughput: autocannon, warm z14 and z16 parcel tiles of the 3.3M-parcel place', [tiles.throughput]);
printTable('Scale: seed, the generated 3.3M-parcel place, server memory, the public export', [tiles.scale]);

const bbox = await benchBboxQueries();
printTable('GET /api/parcels?bbox=<town-centre viewport> (Hono app.request + DuckDB, gzip on)', bbox.rows);
console.log(`\n200k-parcel data set generated and loaded in ${Math.round(bbox.loadMs)} ms`);

printTable(
  'GET /api/districts/:id/parcels: a ~500-parcel district among 200k parcels (share inside by turf per parcel)',
  [await benchDistrictParcels()],
);
printTable('Snapping to parcel corners and edges (one call per pointer move; a frame is 16 ms)', [
  await benchSnapping(),
]);

const footfall = await benchFootfallAnalytics();
console.log(
  `\n${footfall.rows.toLocaleString('sv-SE')} hourly counts generated, loaded and rolled up per day in ${Math.round(footfall.loadMs)} ms`,
);
printTable(
  'Footfall analytics over 10 million hourly counts (60 counters × 19 years), through the HTTP API',
  footfall.results,
);
printTable(
  'CSV import of hourly counts through POST /api/imports/footfall?mode=commit (validated, one transaction, rollup refreshed)',
  [
    {
      rows: footfall.import.rows,
      inserted: footfall.import.inserted,
      'CSV MB': footfall.import.megabytes,
      'total ms': Math.round(footfall.import.ms),
      'rows per second': footfall.import.rowsPerSecond,
    },
  ],
);

printTable(
  'Imports into a place (npm run import / POST /api/places/:id/imports), one transaction each',
  await benchPlaceImports(),
);

const reports = await benchReports();
printTable(
  'Reports on the demo district, through the real server (PDF: Chromium prints the report page)',
  reports.rows,
);
printTable(
  'CSV import of premises status changes (POST /api/imports/premises-status, histories rebuilt, one transaction)',
  [reports.statusImport],
);

const bundle = benchBundleSize();
printTable('Production bundle (dist/web/assets)', bundle);

printTable(
  'The public page under load: every URL it loads, 200 connections for 20 s each (wrk -t1 -c200 -d20s; target: 0 timeouts, 0 non-2xx, p99 ≤ 500 ms)',
  await benchPublicLoad(),
);
