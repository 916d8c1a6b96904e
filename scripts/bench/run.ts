import { benchBboxQueries } from './bboxQueries';
import { benchMapIdle } from './mapIdle';
import { benchBundleSize } from './bundleSize';
import { printTable } from './stats';
import { benchDistrictParcels } from './districtParcels';
import { benchSnapping } from './snapping';
import { benchFootfallAnalytics } from './footfallAnalytics';
import { benchReports } from './reports';
import { benchPlaceImports } from './placeImports';

/** `npm run bench`: every benchmark, printed as tables. Run `npm run build` first (the script does). */
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
const gzip = (pick: (file: string) => boolean) =>
  bundle.filter((b) => b.file.endsWith('.js') && pick(b.file)).reduce((s, b) => s + b['gzip KiB'], 0);
const onDemand = (file: string) =>
  /^(terra-draw|boundaryFiles|SiteWalkPage|CurrentStateReport|YearlyReport|ReportShell|observations)/.test(file);
console.log(
  `\nJS loaded on first view: ${gzip((f) => !f.includes('worker') && !onDemand(f))} KiB gzip; MapLibre worker ${gzip((f) => f.includes('worker'))} KiB; on demand (drawing, file import, site walk, reports) ${gzip(onDemand)} KiB`,
);

const idle = await benchMapIdle();
printTable('First map idle with parcels drawn, headless Chromium (SwiftShader), 1400×900 at zoom 16', [
  {
    runs: idle.runs,
    'median ms': Math.round(idle.medianMs),
    'min ms': Math.round(idle.minMs),
    'max ms': Math.round(idle.maxMs),
  },
]);
