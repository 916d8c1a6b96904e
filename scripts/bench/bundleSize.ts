import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { loadConfig } from '../../server/config';

/** Production JavaScript of the web app (run after `vite build`): raw and gzip bytes per file. */
export function benchBundleSize() {
  const assets = join(loadConfig({}).webRoot, 'assets');
  return readdirSync(assets)
    .filter((f) => f.endsWith('.js') || f.endsWith('.css'))
    .map((file) => {
      const bytes = readFileSync(join(assets, file));
      return {
        file,
        'raw KiB': Math.round(statSync(join(assets, file)).size / 1024),
        'gzip KiB': Math.round(gzipSync(bytes).length / 1024),
      };
    })
    .sort((a, b) => b['gzip KiB'] - a['gzip KiB']);
}
