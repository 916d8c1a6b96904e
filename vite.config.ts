import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * Writes a `.gz` beside every script and style sheet once, at build time: the server sends
 * those as they are (serveStatic's `precompressed`) instead of gzipping the same bytes for
 * every reader (200 readers at once made the main script wait seconds).
 */
function precompress(): Plugin {
  return {
    name: 'platsatlas-precompress',
    apply: 'build',
    writeBundle(options) {
      const assets = join(options.dir!, 'assets');
      for (const file of readdirSync(assets).filter((f) => /\.(m?js|css)$/.test(f)))
        writeFileSync(join(assets, `${file}.gz`), gzipSync(readFileSync(join(assets, file)), { level: 9 }));
    },
  };
}

/**
 * Every page draws a map, but MapLibre is only asked for once React has rendered the lazy page
 * that imports it: a waterfall before the first tile. The shell names it so the browser fetches
 * it beside the main script (on /public it arrived at ~610 ms, now ~400 ms). Its worker is not
 * preloaded: a worker's request cannot take a preloaded response, so it was fetched twice.
 */
function preloadMap(): Plugin {
  return {
    name: 'platsatlas-preload-map',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const files = Object.values(ctx.bundle ?? {}).map((f) => f.fileName);
        const library = files.find((f) => /^assets\/maplibre-gl-[\w-]+\.js$/.test(f) && !f.includes('worker'));
        if (!library) return [];
        const attrs = { rel: 'modulepreload', crossorigin: '', href: `./${library}` };
        return [{ tag: 'link', attrs, injectTo: 'head' as const }];
      },
    },
  };
}

export default defineConfig({
  root: 'web',
  // Relative asset addresses (with <base href="/"> in index.html): the same build serves the app
  // at any path and, with the base removed, the static public export from any folder.
  base: './',
  plugins: [react(), precompress(), preloadMap()],
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
  },
  server: {
    proxy: { '/api': `http://localhost:${process.env.PORT ?? 8787}` },
  },
});
