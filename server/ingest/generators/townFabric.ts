import type { Polygon, Position } from 'geojson';
import { geometrySwerefToWgs84 } from '../../domain/sweref';
import type { Random } from '../random';
import { blockName, parcelDesignation } from './blockNames';

/**
 * Generated property parcels: blocks (kvarter) on a grid, each split into lots. Laid out in
 * SWEREF 99 TM metres, returned in WGS 84. Used where the real data has no parcels yet, and
 * for the large benchmark data set. No streets or buildings are made: a made-up street grid
 * over a real city would be taken for the city (a place without them says so instead).
 */
export interface FabricOptions {
  /** [minE, minN, maxE, maxN] in SWEREF 99 TM. */
  area: [number, number, number, number];
  /** Which grid cells become blocks, by their centre in SWEREF 99 TM. */
  keepCell: (e: number, n: number) => boolean;
  municipalityName: string;
  pitch?: { e: number; n: number };
  streetWidth?: number;
  parcelColumns?: [min: number, max: number];
}

export interface GeneratedParcel {
  id: string;
  designation: string;
  blockId: string;
  geometry: Polygon;
}
export interface GeneratedBlock {
  id: string;
  name: string;
  centre: Position;
}
export interface Fabric {
  blocks: GeneratedBlock[];
  parcels: GeneratedParcel[];
}

export function generateFabric(random: Random, options: FabricOptions): Fabric {
  const pitch = options.pitch ?? { e: 110, n: 86 };
  const street = options.streetWidth ?? 16;
  const [minCols, maxCols] = options.parcelColumns ?? [2, 4];
  const [minE, minN, maxE, maxN] = options.area;
  // Grid lines on round multiples of the pitch, so the same area always gives the same grid.
  const col0 = Math.floor(minE / pitch.e);
  const col1 = Math.ceil(maxE / pitch.e);
  const row0 = Math.floor(minN / pitch.n);
  const row1 = Math.ceil(maxN / pitch.n);

  const fabric: Fabric = { blocks: [], parcels: [] };
  for (let row = row1 - 1; row >= row0; row--) {
    for (let col = col0; col < col1; col++) {
      const e0 = col * pitch.e + street / 2;
      const n0 = row * pitch.n + street / 2;
      const e1 = (col + 1) * pitch.e - street / 2;
      const n1 = (row + 1) * pitch.n - street / 2;
      if (!options.keepCell((e0 + e1) / 2, (n0 + n1) / 2)) continue;
      const block: GeneratedBlock = {
        id: `block-${col}-${row}`,
        name: blockName(fabric.blocks.length),
        centre: geometrySwerefToWgs84({ type: 'Point', coordinates: [(e0 + e1) / 2, (n0 + n1) / 2] }).coordinates,
      };
      fabric.blocks.push(block);
      splitBlock(random, fabric, block, options.municipalityName, [e0, n0, e1, n1], random.int(minCols, maxCols));
    }
  }
  return fabric;
}

/** Two rows of parcels back to back, each row cut into `columns` lots of uneven width. */
function splitBlock(
  random: Random,
  fabric: Fabric,
  block: GeneratedBlock,
  municipality: string,
  box: number[],
  columns: number,
) {
  const [e0, n0, e1, n1] = box;
  const midN = n0 + (n1 - n0) * random.between(0.42, 0.58);
  let number = 1;
  for (const [rowN0, rowN1] of [
    [midN, n1],
    [n0, midN],
  ]) {
    const cuts = [e0];
    for (let i = 1; i < columns; i++) cuts.push(e0 + ((e1 - e0) * (i + random.between(-0.25, 0.25))) / columns);
    cuts.push(e1);
    for (let i = 0; i < columns; i++) {
      const id = `${block.id}-${number}`;
      const parcelBox = [cuts[i], rowN0, cuts[i + 1], rowN1];
      fabric.parcels.push({
        id,
        designation: parcelDesignation(municipality, block.name, number),
        blockId: block.id,
        geometry: rectangle(parcelBox),
      });
      number++;
    }
  }
}

function rectangle([e0, n0, e1, n1]: number[]): Polygon {
  return geometrySwerefToWgs84({
    type: 'Polygon',
    coordinates: [
      [
        [e0, n0],
        [e1, n0],
        [e1, n1],
        [e0, n1],
        [e0, n0],
      ],
    ],
  });
}
