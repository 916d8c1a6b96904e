import { unzipSync } from 'fflate';
import { read } from 'shapefile';
import { IngestError } from '../ingestError';
import type { ParcelSource } from './parcelSource';

/** Unpacked, a delivery of parcels is far below this; a zip claiming more is refused unopened. */
const MAX_UNPACKED_BYTES = 2 * 1024 * 1024 * 1024;

/** Names in a .prj (ESRI WKT) → EPSG, for the systems Swedish parcels come in. */
const PRJ_NAMES: [RegExp, number][] = [
  [/SWEREF[\s_]?99[\s_]?TM/i, 3006],
  ...(
    [
      ['12[\\s_]00', 3007],
      ['13[\\s_]30', 3008],
      ['15[\\s_]00', 3009],
      ['16[\\s_]30', 3010],
      ['18[\\s_]00', 3011],
      ['14[\\s_]15', 3012],
      ['15[\\s_]45', 3013],
      ['17[\\s_]15', 3014],
      ['18[\\s_]45', 3015],
      ['20[\\s_]15', 3016],
      ['21[\\s_]45', 3017],
      ['23[\\s_]15', 3018],
    ] as const
  ).map(([zone, code]): [RegExp, number] => [new RegExp(`SWEREF[\\s_]?99[\\s_]${zone}`, 'i'), code]),
  [/RT[\s_]?90[\s_]2[.,_]?5[\s_]gon[\s_]V/i, 3021],
];

/** The EPSG code a .prj names: its AUTHORITY, else its PROJCS name, else plain WGS 84 degrees. */
export function epsgFromPrj(wkt: string): number | null {
  const authority = /AUTHORITY\["EPSG",\s*"?(\d{4,5})"?\]\s*\]\s*$/i.exec(wkt.trim());
  if (authority) return Number(authority[1]);
  const projcs = /^PROJCS\["([^"]+)"/i.exec(wkt.trim());
  if (projcs) return PRJ_NAMES.find(([name]) => name.test(projcs[1]))?.[1] ?? null;
  if (/^GEOGCS\[.*(WGS[\s_]?1?9?84)/i.test(wkt.trim())) return 4326;
  return null;
}

/**
 * A zipped Shapefile (.shp, .dbf, .prj, …): unpacked in memory after checking every entry's
 * name and claimed size, read with `shapefile`. The .prj is required: without it no one can
 * say where the coordinates are.
 */
export async function readShapefileParcels(zip: Uint8Array): Promise<ParcelSource> {
  let claimed = 0;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(zip, {
      filter: (entry) => {
        if (entry.name.includes('..') || entry.name.startsWith('/') || /^[A-Za-z]:/.test(entry.name)) {
          throw new IngestError(`Zip-filen innehåller en otillåten sökväg: "${entry.name}". Inget har lästs in.`);
        }
        claimed += entry.originalSize;
        if (claimed > MAX_UNPACKED_BYTES) {
          throw new IngestError(
            'Zip-filen säger sig packas upp till mer än 2 GB. Den läses inte in; dela upp leveransen.',
          );
        }
        return /\.(shp|dbf|prj|cpg)$/i.test(entry.name);
      },
    });
  } catch (error) {
    if (error instanceof IngestError) throw error;
    throw new IngestError(`Zip-filen går inte att packa upp (trasig?): ${(error as Error).message}`);
  }
  const byExt = (ext: string) => Object.entries(files).find(([name]) => name.toLowerCase().endsWith(ext));
  const shp = byExt('.shp');
  if (!shp) throw new IngestError('Zip-filen innehåller ingen Shapefile (.shp).');
  const base = shp[0].slice(0, -4).toLowerCase();
  const sibling = (ext: string) => Object.entries(files).find(([name]) => name.toLowerCase() === `${base}${ext}`)?.[1];
  const prj = sibling('.prj');
  if (!prj)
    throw new IngestError(
      `Shapefilen ${shp[0]} saknar .prj: koordinatsystemet går inte att veta. Lägg med .prj-filen i zip-filen.`,
    );
  const wkt = new TextDecoder().decode(prj);
  const epsg = epsgFromPrj(wkt);
  if (epsg === null) throw new IngestError(`Shapefilens koordinatsystem känns inte igen (.prj: ${wkt.slice(0, 80)}…).`);
  const dbf = sibling('.dbf');
  const cpg = sibling('.cpg');
  const encoding = cpg ? new TextDecoder().decode(cpg).trim() || 'utf-8' : 'utf-8';
  try {
    const collection = await read(shp[1], dbf, { encoding });
    return {
      format: 'Shapefile',
      epsg,
      features: collection.features.map((f) => ({ properties: f.properties ?? {}, geometry: f.geometry })),
    };
  } catch (error) {
    throw new IngestError(`Shapefilen går inte att läsa: ${(error as Error).message}`);
  }
}
