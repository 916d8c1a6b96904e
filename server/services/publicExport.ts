import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Db } from '../store/db';
import type { Extent } from '../domain/extent';
import { publicActions, publicFootfallWeeks, publicListingPhoto, publicVacancies } from '../store/publicView';
import { photoExtension } from '../domain/photoExtension';
import { placeConfig } from './placeConfig';
import { cutTile } from '../tiles/cutTile';
import { tilesCovering } from '../tiles/tileMath';
import { pmtilesArchive, type ArchiveTile } from '../tiles/pmtilesArchive';
import type { TileLayerName } from '../tiles/tileLayers';
import { ApiError } from '../http/errors';
import { readPageChunks, withFirstData, withPageChunks } from '../http/appShell';

export interface ExportedFile {
  path: string;
  bytes: Uint8Array;
}

/** The base map the public page draws, as tile layers. */
const BASEMAP_LAYERS: TileLayerName[] = ['land', 'streets', 'places', 'buildings'];
/** Zoomed out, land and main streets reach this far (degrees) around the place, as the live map's do. */
const WIDE = { lon: 1, lat: 0.6 };
const CLOSE_ZOOMS = [12, 13, 14, 15, 16];
const WIDE_ZOOMS = [5, 6, 7, 8, 9, 10, 11];

/** The shell is written anew; the list of each page's chunks is for the server that names them. */
const NOT_EXPORTED = new Set(['index.html', 'page-chunks.json']);

function webFiles(webDir: string): ExportedFile[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? walk(path) : [path];
    });
  return walk(webDir).map((path) => ({ path: relative(webDir, path).split(sep).join('/'), bytes: readFileSync(path) }));
}

/** The app's page, told to read the archive and the data folder beside it instead of a server. */
function exportPage(html: string, archive: string, placeName: string): string {
  const meta = JSON.stringify({ archive, data: 'data/' }).replaceAll('"', '&quot;');
  return html
    .replace(/\s*<base href="\/" \/>/, '')
    .replace('<title>Platsatlas</title>', `<title>${escapeHtml(placeName)} – Platsatlas</title>`)
    .replace(
      '<meta charset="UTF-8" />',
      `<meta charset="UTF-8" />\n    <meta name="platsatlas-export" content="${meta}" />`,
    );
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}

async function archiveTiles(db: Db, region: Extent): Promise<ArchiveTile[]> {
  const [w, s, e, n] = region;
  const wide: Extent = [w - WIDE.lon, s - WIDE.lat, e + WIDE.lon, n + WIDE.lat];
  const addresses = [
    ...WIDE_ZOOMS.flatMap((z) => tilesCovering(wide, z)),
    ...CLOSE_ZOOMS.flatMap((z) => tilesCovering(region, z)),
  ];
  const tiles: ArchiveTile[] = [];
  for (const address of addresses) {
    const mvt = await cutTile(db, BASEMAP_LAYERS, address);
    if (mvt) tiles.push({ ...address, gzipped: gzipSync(mvt, { level: 9 }) });
  }
  return tiles;
}

const json = (path: string, value: unknown): ExportedFile => ({
  path,
  bytes: new TextEncoder().encode(JSON.stringify(value)),
});

/**
 * The public map of a place as static files: the web app, one PMTiles archive of its base map,
 * and the public answers as JSON at the paths the app would ask the API for (`/api/public/actions`
 * → `data/public/actions.json`). Only what `/public` shows goes in: no planner data, no person.
 */
export async function publicSiteFiles(db: Db, placeId: string, webDir: string): Promise<ExportedFile[]> {
  const config = await placeConfig(db, placeId, null);
  if (!config.centre || !config.region) throw new ApiError(404, 'not_found', `Platsen "${placeId}" finns inte.`);
  const bbox = config.centre.bbox as Extent;
  let page: string;
  try {
    page = readFileSync(join(webDir, 'index.html'), 'utf8');
  } catch {
    throw new ApiError(
      503,
      'web_app_missing',
      'Webbappen är inte byggd på servern (kör npm run build). (The web app is not built.)',
    );
  }
  const archive = `${placeId}.pmtiles`;
  const [actions, vacancies, weeks, tiles] = await Promise.all([
    publicActions(db, bbox),
    publicVacancies(db, bbox),
    publicFootfallWeeks(db, bbox),
    archiveTiles(db, config.region as Extent),
  ]);
  return [
    // The build's .gz twins are for this server; a static host compresses as it likes.
    ...webFiles(webDir).filter((f) => !NOT_EXPORTED.has(f.path) && !f.path.endsWith('.gz')),
    {
      path: 'index.html',
      bytes: new TextEncoder().encode(
        withFirstData(withPageChunks(exportPage(page, archive, config.centre.name), readPageChunks(webDir).public), {
          config,
        }),
      ),
    },
    {
      path: archive,
      bytes: pmtilesArchive(tiles, {
        bounds: config.region as Extent,
        metadata: {
          name: `Platsatlas – ${config.centre.name}`,
          attribution: '© OpenStreetMap contributors · Kommungränser: kodapan/geodata (CC0)',
          vector_layers: BASEMAP_LAYERS.map((id) => ({ id, fields: {} })),
        },
      }),
    },
    json('data/config.json', config),
    json('data/public/actions.json', { actions }),
    json('data/public/vacancies.json', { vacancies }),
    ...(await listingPhotos(db, vacancies)),
    json('data/public/footfall.json', { weeks }),
  ];
}

/** The listings' photos as files beside the JSON, named with their type's extension. */
async function listingPhotos(db: Db, vacancies: { id: string; photoType: string | null }[]) {
  const files = [];
  for (const v of vacancies) {
    if (!v.photoType) continue;
    const photo = await publicListingPhoto(db, v.id);
    if (photo)
      files.push({
        path: `data/public/vacancies/${encodeURIComponent(v.id)}/photo.${photoExtension(photo.type)}`,
        bytes: photo.photo,
      });
  }
  return files;
}
