import type { LineString, Polygon, Position } from 'geojson';
import { geometrySwerefToWgs84 } from '../../domain/sweref';
import type { Random } from '../random';
import { blockName, parcelDesignation } from './blockNames';

/**
 * A generated town fabric: a street grid with blocks (kvarter), each split into parcels
 * with a building on each. Laid out in SWEREF 99 TM metres, returned in WGS 84. Used when
 * the real data has no parcels or streets yet, and for the large benchmark data set.
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
export interface GeneratedBuilding {
  id: string;
  parcelId: string;
  geometry: Polygon;
}
export interface GeneratedRoad {
  id: string;
  kind: 'primary' | 'residential';
  geometry: LineString;
}
export interface GeneratedBlock {
  id: string;
  name: string;
  centre: Position;
}
export interface Fabric {
  blocks: GeneratedBlock[];
  parcels: GeneratedParcel[];
  buildings: GeneratedBuilding[];
  roads: GeneratedRoad[];
}

const MAJOR_STREET_EVERY = 5;

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

  const fabric: Fabric = { blocks: [], parcels: [], buildings: [], roads: [] };
  const kept = new Set<string>();
  for (let row = row1 - 1; row >= row0; row--) {
    for (let col = col0; col < col1; col++) {
      const e0 = col * pitch.e + street / 2;
      const n0 = row * pitch.n + street / 2;
      const e1 = (col + 1) * pitch.e - street / 2;
      const n1 = (row + 1) * pitch.n - street / 2;
      if (!options.keepCell((e0 + e1) / 2, (n0 + n1) / 2)) continue;
      kept.add(`${col}:${row}`);
      const block: GeneratedBlock = {
        id: `block-${col}-${row}`,
        name: blockName(fabric.blocks.length),
        centre: geometrySwerefToWgs84({ type: 'Point', coordinates: [(e0 + e1) / 2, (n0 + n1) / 2] }).coordinates,
      };
      fabric.blocks.push(block);
      splitBlock(random, fabric, block, options.municipalityName, [e0, n0, e1, n1], random.int(minCols, maxCols));
    }
  }
  fabric.roads = streetsAround(kept, pitch);
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
      const inset = 1.5;
      fabric.buildings.push({
        id: `bld-${id}`,
        parcelId: id,
        geometry: rectangle([parcelBox[0] + inset, parcelBox[1] + inset, parcelBox[2] - inset, parcelBox[3] - inset]),
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

/** Street centre lines on the cell borders of kept blocks, merged into long runs. */
function streetsAround(kept: Set<string>, pitch: { e: number; n: number }): GeneratedRoad[] {
  const horizontal = new Map<number, Set<number>>(); // grid row line → cell columns along it
  const vertical = new Map<number, Set<number>>(); // grid column line → cell rows along it
  const add = (map: Map<number, Set<number>>, line: number, cell: number) => {
    if (!map.has(line)) map.set(line, new Set());
    map.get(line)!.add(cell);
  };
  for (const key of kept) {
    const [col, row] = key.split(':').map(Number);
    add(horizontal, row, col);
    add(horizontal, row + 1, col);
    add(vertical, col, row);
    add(vertical, col + 1, row);
  }
  const roads: GeneratedRoad[] = [];
  const emit = (dir: 'h' | 'v', line: number, from: number, to: number) => {
    const coords: Position[] =
      dir === 'h'
        ? [
            [from * pitch.e, line * pitch.n],
            [to * pitch.e, line * pitch.n],
          ]
        : [
            [line * pitch.e, from * pitch.n],
            [line * pitch.e, to * pitch.n],
          ];
    roads.push({
      id: `road-${dir}${line}-${from}`,
      kind: line % MAJOR_STREET_EVERY === 0 ? 'primary' : 'residential',
      geometry: geometrySwerefToWgs84({ type: 'LineString', coordinates: coords }),
    });
  };
  for (const [dir, map] of [
    ['h', horizontal],
    ['v', vertical],
  ] as const) {
    for (const [line, cells] of map) {
      const sorted = [...cells].sort((a, b) => a - b);
      let start = sorted[0];
      let prev = sorted[0];
      for (const cell of sorted.slice(1)) {
        if (cell !== prev + 1) {
          emit(dir, line, start, prev + 1);
          start = cell;
        }
        prev = cell;
      }
      emit(dir, line, start, prev + 1);
    }
  }
  return roads;
}
