import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  root: 'web',
  // Relative asset addresses (with <base href="/"> in index.html): the same build serves the app
  // at any path and, with the base removed, the static public export from any folder.
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
  },
  server: {
    proxy: { '/api': `http://localhost:${process.env.PORT ?? 8787}` },
  },
});
