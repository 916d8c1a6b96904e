import { benchBboxQueries } from './bboxQueries';
import { benchMapIdle } from './mapIdle';
import { benchBundleSize } from './bundleSize';
import { printTable } from './stats';

/** `npm run bench`: every benchmark, printed as tables. Run `npm run build` first (the script does). */
const bbox = await benchBboxQueries();
printTable('GET /api/parcels?bbox=<town-centre viewport> (Hono app.request + DuckDB, gzip on)', bbox.rows);
console.log(`\n200k-parcel data set generated and loaded in ${Math.round(bbox.loadMs)} ms`);

const bundle = benchBundleSize();
printTable('Production bundle (dist/web/assets)', bundle);
const js = bundle.filter((b) => b.file.endsWith('.js') && !b.file.includes('worker'));
console.log(`\nMain-thread JS total: ${js.reduce((s, b) => s + b['gzip KiB'], 0)} KiB gzip (MapLibre worker separately: ${bundle.filter((b) => b.file.includes('worker')).reduce((s, b) => s + b['gzip KiB'], 0)} KiB gzip)`);

const idle = await benchMapIdle();
printTable('First map idle with parcels drawn, headless Chromium (SwiftShader), 1400×900 at zoom 16', [
  { runs: idle.runs, 'median ms': Math.round(idle.medianMs), 'min ms': Math.round(idle.minMs), 'max ms': Math.round(idle.maxMs) },
]);
