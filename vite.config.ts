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

/** The pages whose code the server names in their shell; what else a page loads, it loads itself. */
const MAP_PAGES = { public: 'pages/PublicMapPage.tsx', planner: 'pages/PlannerMapPage.tsx' };

/**
 * Writes `page-chunks.json`: for each map page, the chunks (and style sheets) it needs beyond
 * the entry's. The server names them in that page's shell (server/http/appShell.ts), so the
 * browser fetches them beside the main script instead of after it has run (a waterfall of
 * ~140 ms before the map could be created).
 */
function pageChunks(): Plugin {
  return {
    name: 'platsatlas-page-chunks',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).flatMap((f) => (f.type === 'chunk' ? [f] : []));
      const byFile = new Map(chunks.map((c) => [c.fileName, c]));
      const withImports = (file: string, into = new Set<string>()): Set<string> => {
        if (into.has(file)) return into;
        into.add(file);
        for (const imported of byFile.get(file)?.imports ?? []) withImports(imported, into);
        return into;
      };
      const entry = withImports(chunks.find((c) => c.isEntry)!.fileName);
      const pages = Object.entries(MAP_PAGES).map(([page, module]) => {
        const chunk = chunks.find((c) => c.facadeModuleId?.endsWith(module));
        const scripts = chunk ? [...withImports(chunk.fileName)].filter((f) => !entry.has(f)) : [];
        const styles = scripts.flatMap((f) => [...(byFile.get(f)?.viteMetadata?.importedCss ?? [])]);
        return [page, { scripts, styles }];
      });
      this.emitFile({ type: 'asset', fileName: 'page-chunks.json', source: JSON.stringify(Object.fromEntries(pages)) });
    },
  };
}

export default defineConfig({
  root: 'web',
  // Relative asset addresses (with <base href="/"> in index.html): the same build serves the app
  // at any path and, with the base removed, the static public export from any folder.
  base: './',
  plugins: [react(), precompress(), preloadMap(), pageChunks()],
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
  },
  server: {
    proxy: { '/api': `http://localhost:${process.env.PORT ?? 8787}` },
  },
});
