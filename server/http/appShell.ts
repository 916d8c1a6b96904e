import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Db } from '../store/db';
import { placeConfig } from '../services/placeConfig';
import { placeList } from '../store/places';
import { pathWithoutPlace, placeOfPath } from '../domain/placePath';
import { shellWithShareMeta } from './shareMeta';
import { perDataVersion } from './perDataVersion';

/** Per map page, the chunks and style sheets it needs beyond the entry (written by the build). */
export type PageChunks = Partial<Record<'public' | 'planner', { scripts: string[]; styles: string[] }>>;

export function readPageChunks(webRoot: string): PageChunks {
  const file = join(webRoot, 'page-chunks.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as PageChunks) : {};
}

/** Which map page an address opens (the rest of the app's doors load their own code). */
function mapPageOf(pathname: string): keyof PageChunks | null {
  const within = pathWithoutPlace(pathname);
  if (/^\/public(\/|$)/.test(within)) return 'public';
  return within === '/' ? 'planner' : null;
}

/** `<link>`s that have the browser fetch a page's code beside the main script, not after it. */
export function withPageChunks(html: string, chunks: PageChunks[keyof PageChunks]): string {
  if (!chunks) return html;
  const links = [
    ...chunks.styles.map((href) => `<link rel="stylesheet" crossorigin href="./${href}">`),
    // MapLibre is named in every shell already (vite.config.ts).
    ...chunks.scripts
      .filter((href) => !html.includes(href))
      .map((href) => `<link rel="modulepreload" crossorigin href="./${href}">`),
  ];
  return html.replace('</head>', `  ${links.join('\n    ')}\n  </head>`);
}

/** What a page reads before anything else, as the API answers it: `/api/config`, `/api/places`. */
export interface FirstData {
  config: unknown;
  places?: unknown;
}

/**
 * The page's first answers inside it (a data block, not a script: the content security policy
 * allows no inline scripts and needs none here), so the map does not wait for more requests
 * before it is made, nor its tiles behind them. `<` is escaped so no text can close the element.
 */
export function withFirstData(html: string, data: FirstData): string {
  const json = JSON.stringify(data).replaceAll('<', '\\u003c');
  return html.replace(
    '</head>',
    `  <script type="application/json" id="platsatlas-first-data">${json}</script>\n  </head>`,
  );
}

/**
 * The app's HTML for an address: the shared link's preview text, the map page's code named up
 * front and its first data inside (the config; on the planner's page the places too). A place
 * that does not exist gets the plain shell (the app then says so).
 */
export function appShell(db: Db, options: { webRoot: string; basemapStyleUrl: string | null }) {
  const shell = readFileSync(join(options.webRoot, 'index.html'), 'utf8');
  const chunks = readPageChunks(options.webRoot);
  // The planner's page picks among the places; the public page shows one.
  const firstData = async (place: string | null, page: keyof PageChunks): Promise<FirstData> => {
    const config = await placeConfig(db, place ?? undefined, options.basemapStyleUrl);
    return page === 'planner' ? { config, places: await placeList(db) } : { config };
  };
  return (url: URL): Promise<string> => {
    const page = mapPageOf(url.pathname);
    // The map pages' HTML is the same for every reader until the data changes: made once.
    return page
      ? keptPages(db, url.origin + url.pathname, async () => {
          const html = withPageChunks(await shellWithShareMeta(db, shell, url), chunks[page]);
          const data = await firstData(placeOfPath(url.pathname), page).catch(() => null);
          return data ? withFirstData(html, data) : html;
        })
      : shellWithShareMeta(db, shell, url);
  };
}

const keptPages = perDataVersion<string>();
