import type { Tx } from '../store/db';
import type { Recipe } from './recipe';
import type { Random } from './random';

export interface SeedContext {
  tx: Tx;
  recipe: Recipe;
  random: Random;
  log: (message: string) => void;
}

/** Who the seed writes into the audit columns. */
export const SEED_USER = 'seed';
export const GENERATED_SOURCE = {
  id: 'generated',
  title: 'Genererad av Platsatlas demorecept (fast slumpfrö)',
  licence: 'CC0 1.0',
};
