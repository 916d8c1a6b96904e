import type { Config } from './api/client';

/** What the server says of each layer's data in a place: real, generated, both, or none. */
export type PlaceProvenance = Config['provenance'];
export type Provenance = PlaceProvenance[keyof PlaceProvenance];

/** Whether the place has buildings or streets at all (a place without says so, and has no layer of them). */
export const hasFabric = ({ buildings, streets }: PlaceProvenance) => buildings !== 'none' || streets !== 'none';

/** One provenance for two layers shown as one (buildings and streets). */
export function together(a: Provenance, b: Provenance): Provenance {
  const kinds = new Set([a, b].filter((k) => k !== 'none'));
  if (kinds.size === 2 || kinds.has('mixed')) return 'mixed';
  return kinds.has('real') ? 'real' : kinds.has('generated') ? 'generated' : 'none';
}

/** Whether what the public page lists (actions, premises, counts) is partly generated demo data. */
export function showsGenerated({ actions, premises, footfall }: PlaceProvenance): boolean {
  return [actions, premises, footfall].some((p) => p === 'generated' || p === 'mixed');
}
