import { relative } from 'node:path';
import { Hono } from 'hono';
import { serve, type ServerType } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';

/**
 * A plain static file server over a folder (range requests included, as a CDN answers them):
 * what a municipality's web host does with the public export. Nothing of Platsatlas runs in it.
 */
export async function startStaticServer(dir: string): Promise<{ url: string; close(): Promise<void> }> {
  const app = new Hono().use('*', serveStatic({ root: relative(process.cwd(), dir) }));
  const server: ServerType = await new Promise((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0 }, () => resolve(s));
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    // The browser keeps its connections alive; closing waits for them unless they are cut.
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        if ('closeAllConnections' in server) server.closeAllConnections();
      }),
  };
}
