import { generateListings } from './generateListings';
import { existsSync } from 'node:fs';
import type { Db } from '../store/db';
import { insertRows } from '../store/tables';
import { GENERATED_SOURCE, type SeedContext } from './context';
import { loadRecipe, type RecipeInput, type RecipePlace } from './recipe';
import { Random } from './random';
import { importMunicipalities } from './importers/municipalities';
import { importOsmPlacesXml } from './importers/osmPlacesXml';
import { importOsmGeojson } from './importers/osmGeojson';
import { importParcelsGeojson } from './importers/parcelsGeojson';
import { importOsmXml } from './importers/osmXml';
import { generatePlaceData, municipalityStakeholder } from './generatePlace';
import {
  generateCentrePremises,
  generateFootfall,
  generateStatusAndTenants,
  generateParcels,
  generateUnmappedPremises,
  generateEvents,
} from './generateMissing';
import { linkPremisesToParcels } from './linkPremises';
import { generateDemoDistrict } from './generateDemoDistrict';
import { DEMO_DISTRICTS } from './generators/demo';
import { MUNICIPALITY_OWNER } from './generators/owners';

type Importer = (ctx: SeedContext, input: RecipeInput, path: string, place?: RecipePlace) => Promise<number>;
const IMPORTERS: Record<RecipeInput['kind'], Importer> = {
  'municipalities-geojson': importMunicipalities,
  'osm-places-xml': importOsmPlacesXml,
  'osm-geojson': importOsmGeojson,
  'osm-xml': importOsmXml,
  'parcels-geojson': importParcelsGeojson,
};

export interface SeedOptions {
  recipePath: string;
  log?: (message: string) => void;
}

/**
 * The seed recipe: import every real input the recipe lists, then generate what the real
 * data still lacks (marked `generated`). One transaction: a failed seed leaves an empty file.
 */
export async function seed(db: Db, { recipePath, log = () => {} }: SeedOptions): Promise<void> {
  const { recipe, pathOf } = loadRecipe(recipePath);
  await db.transaction(async (tx) => {
    const ctx: SeedContext = { tx, recipe, random: new Random(recipe.randomSeed), log };
    const sources = [
      ...[...recipe.inputs, ...recipe.places.flatMap((p) => p.inputs)].map((i) => ({ ...i.source, generated: false })),
      { ...GENERATED_SOURCE, generated: true },
    ];
    const uniqueSources = [...new Map(sources.map((s) => [s.id, s])).values()];
    await insertRows(
      tx,
      'sources',
      uniqueSources.map((s) => ({
        id: s.id,
        title: s.title,
        licence: s.licence,
        attribution: 'attribution' in s ? (s.attribution ?? null) : null,
        generated: s.generated,
      })),
    );

    const importAll = async (into: SeedContext, inputs: RecipeInput[], place?: RecipePlace) => {
      for (const input of inputs) {
        const path = pathOf(input.file);
        if (!existsSync(path)) throw new Error(`Seed input not found: ${path}`);
        const n = await IMPORTERS[input.kind](into, input, path, place);
        log(`imported ${n} rows from ${input.file} (${input.kind})`);
      }
    };
    await importAll(ctx, recipe.inputs);

    await generateParcels(ctx);
    await linkPremisesToParcels(ctx);
    await generateCentrePremises(ctx);
    await generateStatusAndTenants(ctx);
    await generateListings(ctx);
    await generateFootfall(ctx);
    await generateEvents(ctx);
    const centreDemo = DEMO_DISTRICTS[recipe.centre.id];
    if (centreDemo)
      await generateDemoDistrict(ctx, centreDemo, {
        municipalityCode: recipe.centre.municipalityCode,
        municipality: MUNICIPALITY_OWNER,
      });

    // The other places come after, each with a random stream of its own, so adding a place
    // changes nothing that was generated for the recipe's centre (Malmö).
    for (const place of recipe.places) {
      const placeCtx: SeedContext = { ...ctx, random: new Random(seedOf(place.id)) };
      await importAll(placeCtx, place.inputs, place);
      await generatePlaceData(placeCtx, place);
      await linkPremisesToParcels(placeCtx);
      await generateCentrePremises(placeCtx, place.bbox);
      await generateUnmappedPremises(placeCtx, place.bbox);
      await generateStatusAndTenants(placeCtx, `sh-business-${place.id}`);
      await generateListings(placeCtx);
      const demo = DEMO_DISTRICTS[place.id];
      if (demo)
        await generateDemoDistrict(placeCtx, demo, {
          municipalityCode: place.municipalityCode,
          municipality: municipalityStakeholder(place),
        });
    }
    // The recipe's places in order, the default first.
    const places = [...recipe.places, recipe.centre].sort(
      (a, b) => Number(b.id === recipe.defaultPlace) - Number(a.id === recipe.defaultPlace),
    );
    await insertRows(
      tx,
      'places',
      places.map((p, position) => ({ ...placeRow(p), is_default: p.id === recipe.defaultPlace, position })),
    );

    await tx.run(
      `INSERT INTO meta VALUES ('centre', $centre), ('region', $region), ('data_date', $dataDate)
       ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
      {
        centre: JSON.stringify(recipe.centre),
        region: JSON.stringify(recipe.generate.fabricBbox),
        dataDate: recipe.generate.footfall.to,
      },
    );
  });
}

export async function isSeeded(db: Db): Promise<boolean> {
  const row = await db.one<{ n: number }>("SELECT count(*)::INTEGER AS n FROM meta WHERE key = 'centre'");
  return (row?.n ?? 0) > 0;
}

function placeRow(p: { id: string; name: string; municipalityCode: string; bbox: [number, number, number, number] }) {
  const [min_x, min_y, max_x, max_y] = p.bbox;
  return { id: p.id, name: p.name, municipality_code: p.municipalityCode, min_x, min_y, max_x, max_y };
}

/** A place's own random seed, from its id (FNV-1a). */
function seedOf(id: string): number {
  let h = 2166136261;
  for (const c of id) h = Math.imul(h ^ c.charCodeAt(0), 16777619);
  return h >>> 0;
}
