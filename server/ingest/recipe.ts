import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { z } from 'zod';

const bbox = z.tuple([z.number(), z.number(), z.number(), z.number()]);

const source = z.object({
  id: z.string(),
  title: z.string(),
  licence: z.string(),
  attribution: z.string().optional(),
});

/** One real input file; `kind` picks the importer. New data is a new line here, not new code. */
const input = z.object({
  kind: z.enum(['municipalities-geojson', 'osm-places-xml', 'osm-geojson', 'osm-xml', 'parcels-geojson']),
  file: z.string(),
  source,
  /** For parcels: which property holds the designation (fastighetsbeteckning), if not a usual name. */
  designationProperty: z.string().optional(),
});

const recipeSchema = z.object({
  randomSeed: z.number().int(),
  centre: z.object({
    /** The default place's id; its data is the recipe's inputs and what `generate` makes. */
    id: z.string().default('malmo-centrum'),
    name: z.string(),
    municipalityCode: z.string(),
    /** The view the map opens on and the area where missing data is generated. */
    bbox,
  }),
  inputs: z.array(input),
  /** The place the app opens on; the `centre` unless named. */
  defaultPlace: z.string().optional(),
  /** More places, each loaded by the same importers from its own inputs (real data only). */
  places: z
    .array(
      z.object({
        id: z.string(),
        name: z.string(),
        municipalityCode: z.string(),
        bbox,
        inputs: z.array(input),
        /** How parcel designations begin ("Stockholm Vattumannen 5"): the municipality's name. */
        designationPrefix: z.string(),
        /** The municipality as a property owner and as the actions' responsible party. */
        municipalityOwner: z.object({ id: z.string(), name: z.string(), orgNumber: z.string() }),
        /** Footfall counters at real squares and streets of the place; their counts are generated. */
        counters: z.array(
          z.object({ id: z.string(), name: z.string(), lon: z.number(), lat: z.number(), dailyLevel: z.number() }),
        ),
      }),
    )
    .default([]),
  generate: z.object({
    /** Area in which streets, blocks and parcels are generated around real premises, if none were imported. */
    fabricBbox: bbox,
    footfall: z.object({ from: z.string(), to: z.string() }),
    turnoverIndex: z.object({ from: z.string(), to: z.string() }),
  }),
});

export type Recipe = z.infer<typeof recipeSchema> & { defaultPlace: string };
export type RecipeInput = z.infer<typeof input>;
export type RecipePlace = Recipe['places'][number];
export type SourceSpec = z.infer<typeof source>;

export interface LoadedRecipe {
  recipe: Recipe;
  /** Absolute path of an input file, resolved against the recipe's folder. */
  pathOf(file: string): string;
}

export function loadRecipe(path: string): LoadedRecipe {
  const parsed = recipeSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
  const recipe = { ...parsed, defaultPlace: parsed.defaultPlace ?? parsed.centre.id };
  if (![recipe.centre, ...recipe.places].some((p) => p.id === recipe.defaultPlace))
    throw new Error(`The recipe's defaultPlace "${recipe.defaultPlace}" is none of its places`);
  const folder = dirname(resolve(path));
  return { recipe, pathOf: (file) => resolve(folder, file) };
}
