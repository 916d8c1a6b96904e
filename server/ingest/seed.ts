import { existsSync } from 'node:fs';
import type { Db } from '../store/db';
import { insertRows } from '../store/tables';
import { GENERATED_SOURCE, type SeedContext } from './context';
import { loadRecipe, type RecipeInput } from './recipe';
import { Random } from './random';
import { importMunicipalities } from './importers/municipalities';
import { importOsmPlacesXml } from './importers/osmPlacesXml';
import { importOsmGeojson } from './importers/osmGeojson';
import { importParcelsGeojson } from './importers/parcelsGeojson';
import {
  generateCentrePremises,
  generateDistrictAndActions,
  generateFootfall,
  generateStatusAndTenants,
  generateTownFabric,
  generateTurnover,
  generateEvents,
  linkPremisesToParcels,
} from './generateMissing';

const IMPORTERS: Record<RecipeInput['kind'], (ctx: SeedContext, input: RecipeInput, path: string) => Promise<number>> =
  {
    'municipalities-geojson': importMunicipalities,
    'osm-places-xml': importOsmPlacesXml,
    'osm-geojson': importOsmGeojson,
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
      ...recipe.inputs.map((i) => ({ ...i.source, generated: false })),
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

    for (const input of recipe.inputs) {
      const path = pathOf(input.file);
      if (!existsSync(path)) throw new Error(`Seed input not found: ${path}`);
      const n = await IMPORTERS[input.kind](ctx, input, path);
      log(`imported ${n} rows from ${input.file} (${input.kind})`);
    }

    await generateTownFabric(ctx);
    await linkPremisesToParcels(ctx);
    await generateCentrePremises(ctx);
    await generateStatusAndTenants(ctx);
    await generateFootfall(ctx);
    await generateTurnover(ctx);
    await generateEvents(ctx);
    await generateDistrictAndActions(ctx);

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
