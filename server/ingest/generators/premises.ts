import type { Polygon, Position } from 'geojson';
import type { PremisesKind } from '../../domain/premisesKinds';
import type { Random } from '../random';
import { SURNAMES } from './people';

export interface GeneratedPremises {
  id: string;
  parcelId: string;
  name: string | null;
  kind: PremisesKind;
  position: Position;
  floorAreaM2: number;
}

const TRADES: Record<'retail' | 'service' | 'office' | 'culture', string[]> = {
  retail: [
    'Skor',
    'Kläder',
    'Blommor',
    'Böcker',
    'Optik',
    'Guld & Silver',
    'Inredning',
    'Livs',
    'Sport',
    'Leksaker',
    'Hemelektronik',
  ],
  service: ['Frisör', 'Skrädderi', 'Nagelstudio', 'Skomakeri', 'Kemtvätt', 'Resebyrå', 'Fotostudio'],
  office: ['Arkitekter', 'Advokatbyrå', 'Redovisning', 'Mäkleri'],
  culture: ['Galleri', 'Ateljé'],
};

const MEDIAN_FLOOR_AREA: Record<PremisesKind, number> = {
  restaurant: 160,
  cafe: 90,
  bar: 140,
  'fast-food': 80,
  retail: 120,
  service: 70,
  office: 180,
  culture: 150,
  other: 100,
};

export function floorArea(random: Random, kind: PremisesKind): number {
  return Math.round(MEDIAN_FLOOR_AREA[kind] * Math.exp(0.45 * random.normal()));
}

/**
 * Ground-floor shops, services and offices for parcels in the centre, beside the real eating
 * places, so that the offering and vacancy figures cover a whole high street.
 */
export function generatePremises(
  random: Random,
  parcels: { id: string; geometry: Polygon; realPremises: number }[],
): GeneratedPremises[] {
  const out: GeneratedPremises[] = [];
  for (const parcel of parcels) {
    const wanted = Number(random.weighted({ 0: 30, 1: 40, 2: 22, 3: 8 })) - parcel.realPremises;
    for (let i = 0; i < wanted; i++) {
      const kind = random.weighted({ retail: 50, service: 26, office: 14, culture: 3, other: 7 });
      const trade = kind === 'other' ? null : random.pick(TRADES[kind]);
      out.push({
        id: `gen-${parcel.id}-${i + 1}`,
        parcelId: parcel.id,
        name: trade ? `${random.pick(SURNAMES)}s ${trade}` : null,
        kind,
        position: pointInRectangle(random, parcel.geometry),
        floorAreaM2: floorArea(random, kind),
      });
    }
  }
  return out;
}

/** A point inside a generated (rectangular) parcel, kept off its edges. */
function pointInRectangle(random: Random, polygon: Polygon): Position {
  const ring = polygon.coordinates[0];
  const lons = ring.map((p) => p[0]);
  const lats = ring.map((p) => p[1]);
  const [minLon, maxLon, minLat, maxLat] = [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)];
  return [
    round7(minLon + (maxLon - minLon) * random.between(0.2, 0.8)),
    round7(minLat + (maxLat - minLat) * random.between(0.2, 0.8)),
  ];
}

function round7(v: number) {
  return Math.round(v * 1e7) / 1e7;
}

/** Id prefix of a unit that OpenStreetMap has no business for (see `generateUnmappedUnits`). */
export const UNMAPPED_PREFIX = 'unmapped-';

/**
 * Ground-floor units that OpenStreetMap has no business for, one in some of the buildings that
 * have mapped ones: OSM maps what is open, so an empty unit is not in it, and a real centre's
 * demo had no vacant premises at all. Nameless, at a point inside the parcel.
 */
export function generateUnmappedUnits(
  random: Random,
  parcels: { id: string; inside: Position }[],
  share: number,
): GeneratedPremises[] {
  return parcels.flatMap((parcel) => {
    if (!random.chance(share)) return [];
    const kind = random.weighted({ retail: 60, service: 25, other: 15 });
    return [
      {
        id: `${UNMAPPED_PREFIX}${parcel.id}`,
        parcelId: parcel.id,
        name: null,
        kind,
        position: parcel.inside.map(round7),
        floorAreaM2: floorArea(random, kind),
      },
    ];
  });
}
