import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import { createServer, type Server } from 'node:http';
import { getRequestListener } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Context } from 'hono';
import { createApp } from './app';
import { errorResponse } from './http/errors';
import { memoryAssets } from './http/assets';
import { appShell } from './http/appShell';
import { closeKeptBrowser } from './pdf/keptBrowser';
import type { Config } from './config';
import { Db } from './store/db';
import { migrate } from './store/schema';
import { FirstRunSetup } from './auth/firstRunSetup';
import { scheduleBackups } from './backup/backups';
import { isSeeded, seed } from './ingest/seed';

export interface RunningServer {
  url: string;
  db: Db;
  close: () => Promise<void>;
}

/** Opens (and if needed creates and seeds) the database, then serves the API and the built web app. */
export async function startServer(config: Config, log: (m: string) => void = console.log): Promise<RunningServer> {
  const db = await Db.open(config.dbPath, {
    threads: config.duckdbThreads,
    memoryLimit: config.duckdbMemory,
    acceptLostCommits: config.acceptWalLoss,
  });
  await migrate(db);
  if (!(await isSeeded(db))) {
    log(`Seeding ${config.dbPath} from ${config.recipePath} …`);
    await seed(db, { recipePath: config.recipePath, log: (m) => log(`  ${m}`) });
  }
  const setup = new FirstRunSetup();
  const stopBackups = config.backupDir
    ? scheduleBackups(db, { dir: config.backupDir, keepDays: config.backupDays, log })
    : () => {};
  let origin: string | null = null;
  const { app } = createApp({
    db,
    basemapStyleUrl: config.basemapStyleUrl,
    selfOrigin: () => origin,
    webRoot: config.webRoot,
    setup,
    trustProxy: config.trustProxy,
    backupDir: config.backupDir,
  });
  if (existsSync(config.webRoot)) {
    const root = relative(process.cwd(), config.webRoot);
    const shellFor = appShell(db, { webRoot: config.webRoot, basemapStyleUrl: config.basemapStyleUrl });
    const shell = async (c: Context) => {
      c.header('Cache-Control', 'no-cache');
      return c.html(await shellFor(new URL(c.req.url)));
    };
    // The app's own addresses get the shell made for them, the root too (not the file as built).
    app.get('/', shell);
    app.get('/index.html', shell);
    app.use('*', serveStatic({ root }));
    // An unknown API address is an error a client can read, not the app's HTML page.
    app.all('/api/*', (c) =>
      errorResponse(c, 404, 'not_found', `Det finns ingen sida på ${c.req.path}. (No such path.)`),
    );
    // Client-side routes (/public, /p/<place>/…) all load the app shell.
    app.get('*', shell);
  } else {
    log(`No built web app at ${config.webRoot}: run "npm run build" (the API works without it).`);
  }
  // The app's JavaScript is most of what a first visit downloads: from memory, before the app.
  const assets = memoryAssets(config.webRoot);
  const toApp = getRequestListener(app.fetch);
  const server: Server = createServer((req, res) => {
    if (!assets(req, res)) void toApp(req, res);
  });
  await new Promise<void>((resolve) => server.listen(config.port, resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  origin = `http://127.0.0.1:${port}`;
  const setupPath = await setup.openPath(db);
  if (setupPath)
    log(
      `No planner account yet: open http://localhost:${port}${setupPath} to create the first one (the link works once; or: npm run create-planner)`,
    );
  return {
    url: `http://localhost:${port}`,
    db,
    close: async () => {
      stopBackups();
      await closeKeptBrowser();
      await new Promise<void>((resolve) =>
        server.close(() => {
          db.close();
          resolve();
        }),
      );
    },
  };
}
