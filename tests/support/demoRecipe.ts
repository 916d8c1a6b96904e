import { fileURLToPath } from 'node:url';

export const DEMO_RECIPE = fileURLToPath(new URL('../../data/seed-recipe.json', import.meta.url));
