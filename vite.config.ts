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

export default defineConfig({
  root: 'web',
  // Relative asset addresses (with <base href="/"> in index.html): the same build serves the app
  // at any path and, with the base removed, the static public export from any folder.
  base: './',
  plugins: [react(), precompress()],
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
  },
  server: {
    proxy: { '/api': `http://localhost:${process.env.PORT ?? 8787}` },
  },
});
