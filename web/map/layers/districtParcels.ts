import { GeoJsonLayer } from '@deck.gl/layers';
import type { DistrictParcels } from '../../api/client';
import { ENGAGEMENT_COLORS, PREMISES_KIND_COLORS, type Rgba } from './colors';
import { toGeoJson } from './geojson';
import type { PremisesKind } from '../../../server/domain/premisesKinds';
import type { EngagementStep } from '../../../server/domain/districts';
import { atLevel, LEVEL } from './drawOrder';

export type ParcelColouring = 'engagement' | 'owner' | 'use';
type Parcel = DistrictParcels['features'][number];

const OWNER_PALETTE: Rgba[] = [
  [31, 119, 180, 210],
  [255, 127, 14, 210],
  [44, 160, 44, 210],
  [214, 39, 40, 210],
  [148, 103, 189, 210],
  [140, 86, 75, 210],
  [227, 119, 194, 210],
  [127, 127, 127, 210],
  [188, 189, 34, 210],
  [23, 190, 207, 210],
  [57, 59, 121, 210],
  [99, 121, 57, 210],
];
const NO_DATA: Rgba = [200, 200, 200, 160];

/** The same owner always gets the same colour: a stable hash of its id into the palette. */
export function ownerColor(ownerId: string): Rgba {
  let h = 0;
  for (let i = 0; i < ownerId.length; i++) h = (h * 31 + ownerId.charCodeAt(i)) | 0;
  return OWNER_PALETTE[Math.abs(h) % OWNER_PALETTE.length];
}

function mainOwner(p: Parcel) {
  return p.properties.owners[0];
}

function mainUse(p: Parcel): PremisesKind | null {
  const counts = new Map<string, number>();
  for (const t of p.properties.tenants) counts.set(t.kind, (counts.get(t.kind) ?? 0) + 1);
  return ([...counts].sort((a, b) => b[1] - a[1])[0]?.[0] as PremisesKind | undefined) ?? null;
}

export function districtParcelColor(p: Parcel, colouring: ParcelColouring): Rgba {
  const owner = mainOwner(p);
  if (colouring === 'engagement')
    return owner ? (ENGAGEMENT_COLORS[owner.engagementStep as EngagementStep] ?? NO_DATA) : NO_DATA;
  if (colouring === 'owner') return owner ? ownerColor(owner.id) : NO_DATA;
  const use = mainUse(p);
  return use ? PREMISES_KIND_COLORS[use] : NO_DATA;
}

/** The district's parcels coloured by engagement step, owner or use; edge parcels hatched pale. */
export function districtParcelsLayer(data: DistrictParcels, colouring: ParcelColouring, selectedId: string | null) {
  return atLevel(
    LEVEL.area + 2,
    new GeoJsonLayer<Parcel['properties']>({
      id: 'district-parcels',
      data: toGeoJson(data.features),
      pickable: true,
      stroked: true,
      filled: true,
      getFillColor: (f) => {
        const c = districtParcelColor(f as unknown as Parcel, colouring);
        return f.properties.edge ? [c[0], c[1], c[2], 70] : c;
      },
      getLineColor: (f) => (f.properties.id === selectedId ? [255, 140, 0, 255] : [90, 60, 120, 220]),
      getLineWidth: (f) => (f.properties.id === selectedId ? 3 : 1),
      lineWidthUnits: 'pixels',
      autoHighlight: true,
      highlightColor: [255, 200, 120, 140],
      updateTriggers: { getFillColor: colouring, getLineColor: selectedId, getLineWidth: selectedId },
    }),
  );
}
