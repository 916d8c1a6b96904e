import { Hono, type Context, type Next } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import type { Db } from './store/db';
import { handleError, errorResponse } from './http/errors';
import { gzipJson } from './http/gzip';
import { bodyLimits } from './http/bodyLimits';
import { publicCache } from './http/publicCache';
import { healthRoutes } from './routes/health';
import { parcelRoutes } from './routes/parcels';
import { premisesRoutes } from './routes/premises';
import { districtRoutes } from './routes/districts';
import { footfallRoutes } from './routes/footfall';
import { basemapRoutes } from './routes/basemap';
import { metaRoutes } from './routes/meta';
import { authRoutes } from './routes/auth';
import { stakeholderRoutes } from './routes/stakeholders';
import { actionPlanRoutes } from './routes/actionPlan';
import { planRoutes } from './routes/plan';
import { photoRoutes } from './routes/photos';
import { updatePhoto } from './store/actions';
import { observationPhoto } from './store/siteWalks';
import { potRoutes } from './routes/pots';
import { publicRoutes } from './routes/public';
import { ownerRoutes } from './routes/owners';
import { districtTrendRoutes } from './routes/districtTrends';
import { eventRoutes } from './routes/events';
import { processDocumentRoutes, processRoutes } from './routes/process';
import { siteWalkRoutes } from './routes/siteWalks';
import { reportRoutes } from './routes/reports';
import { importRoutes } from './routes/imports';
import { turnoverIndexRoutes } from './routes/turnoverIndex';
import { placeRoutes } from './routes/places';
import { tileRoutes } from './routes/tiles';
import { forgetTilesOnWrite } from './tiles/forgetTilesOnWrite';
import { sessionMiddleware } from './auth/session';
import type { AppEnv } from './http/env';
import { loadConfig } from './config';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { FirstRunSetup } from './auth/firstRunSetup';
import { setupRoutes } from './routes/setup';
import { backupRoutes } from './routes/backups';
import { abandonReadsWhenGone } from './store/db';

export interface AppDeps {
  db: Db;
  basemapStyleUrl?: string | null;
  /** Where this server itself listens, once it does: its Chromium prints report pages from there. */
  selfOrigin?: () => string | null;
  /** The built web app: the static public export copies it, the setup link serves its page. */
  webRoot?: string;
  /** The first planner's one-time setup link. */
  setup?: FirstRunSetup;
  /** Behind a TLS-terminating proxy: believe its `X-Forwarded-Proto` (cookies become `Secure`). */
  trustProxy?: boolean;
  /** Where backups go; null when there are none. */
  backupDir?: string | null;
}

/** The HTTP API. No I/O happens here until a request arrives, so tests can call `app.request()`. */
export function createApp({
  db,
  basemapStyleUrl = null,
  selfOrigin = () => null,
  webRoot = loadConfig({}).webRoot,
  setup = new FirstRunSetup(),
  trustProxy = false,
  backupDir = loadConfig({}).backupDir,
}: AppDeps) {
  const api = new Hono<AppEnv>()
    .use('*', sessionMiddleware(db))
    .route('/health', healthRoutes)
    .route('/auth', authRoutes(db))
    .route('/setup', setupRoutes(db, setup))
    .route('/', metaRoutes(db, { basemapStyleUrl }))
    .route('/places', placeRoutes(db, { webRoot }))
    .route('/districts', districtRoutes(db))
    .route('/districts', actionPlanRoutes(db))
    .route('/districts', planRoutes(db))
    .route('/districts', districtTrendRoutes(db))
    .route('/districts', processRoutes(db))
    .route('/process-documents', processDocumentRoutes(db))
    .route('/districts', siteWalkRoutes(db))
    .route('/districts', reportRoutes(db, selfOrigin))
    .route(
      '/observations',
      photoRoutes((id) => observationPhoto(db, id)),
    )
    .route(
      '/action-updates',
      photoRoutes((id) => updatePhoto(db, id)),
    )
    .route('/pots', potRoutes(db))
    .route('/public', publicRoutes(db, selfOrigin))
    .route('/imports', importRoutes(db))
    .route('/index', turnoverIndexRoutes(db))
    .route('/events', eventRoutes(db))
    .route('/', ownerRoutes(db))
    .route('/parcels', parcelRoutes(db))
    .route('/premises', premisesRoutes(db))
    .route('/footfall', footfallRoutes(db))
    .route('/basemap', basemapRoutes(db))
    .route('/tiles', tileRoutes(db))
    .route('/stakeholders', stakeholderRoutes(db))
    .route('/backups', backupRoutes(db, backupDir));

  const app = new Hono<AppEnv>();
  app.use('*', async (c, next) => {
    const forwarded = trustProxy && c.req.header('X-Forwarded-Proto')?.split(',')[0].trim() === 'https';
    c.set('https', forwarded || new URL(c.req.url).protocol === 'https:');
    await next();
  });
  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: contentSecurityPolicy(basemapStyleUrl),
      // The site walk asks for the phone's position; nothing else needs the device.
      permissionsPolicy: { geolocation: ['self'], camera: false, microphone: false, payment: false, usb: false },
    }),
  );
  // Answers that hold people's names, e-mail or phone are never kept by a browser or a proxy.
  app.use('/api/stakeholders', noStore);
  app.use('/api/stakeholders/*', noStore);
  app.use('/api/districts/:id/stakeholders.csv', noStore);
  // A reader who leaves (a closed tab, a map panned on) takes their queued reads with them.
  app.use('/api/*', (c, next) => (c.req.method === 'GET' ? abandonReadsWhenGone(c.req.raw.signal, next) : next()));
  app.use('/api/*', bodyLimits());
  app.use('/api/*', publicCache());
  app.use('/api/*', gzipJson());
  app.use('/api/*', forgetTilesOnWrite(db));
  app.onError(handleError);
  app.notFound((c) => errorResponse(c, 404, 'not_found', `Det finns ingen sida på ${c.req.path}. (No such path.)`));
  app.route('/api', api);
  // The one-time setup link: the app's page while no planner exists, then gone like any other token.
  app.get('/setup/:token', async (c) => {
    if (!(await setup.accepts(db, c.req.param('token'))))
      return errorResponse(
        c,
        404,
        'not_found',
        'Länken gäller inte (längre). Logga in i stället. (No such setup link.)',
      );
    c.header('Cache-Control', 'no-store');
    return c.html(await readFile(join(webRoot, 'index.html'), 'utf8').catch(() => WEB_APP_MISSING));
  });
  return { app, api };
}

const WEB_APP_MISSING =
  '<!doctype html><meta charset="utf-8"><p>Webbappen är inte byggd: kör <code>npm run build</code> och öppna länken igen.</p>';

export type ApiType = ReturnType<typeof createApp>['api'];
export type { PlannerAction } from './store/actions';

function contentSecurityPolicy(basemapStyleUrl: string | null) {
  // An online style loads tiles, sprites and glyphs from hosts we cannot list in advance.
  const remote = basemapStyleUrl ? ['https:'] : [];
  return {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'", "'unsafe-inline'"],
    imgSrc: ["'self'", 'data:', 'blob:', ...remote],
    connectSrc: ["'self'", ...remote],
    fontSrc: ["'self'", 'data:', ...remote],
    workerSrc: ["'self'", 'blob:'],
    childSrc: ["'self'", 'blob:'],
    objectSrc: ["'none'"],
    frameAncestors: ["'none'"],
  };
}

async function noStore(c: Context, next: Next) {
  await next();
  c.header('Cache-Control', 'no-store');
}
