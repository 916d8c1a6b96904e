import { useEffect, useState } from 'react';
import type * as maplibregl from 'maplibre-gl';
import type { ExpressionSpecification } from 'maplibre-gl';
import { PREMISES_KINDS } from '../../server/domain/premisesKinds';
import { MIN_ZOOM } from '../selection';
import { PARCEL_FILL, PARCEL_LINE, PREMISES_KIND_COLORS, SELECTED, VACANT_COLOR, rgbaCss } from './layers/colors';
import { tileSource } from './tiles';
import { whenLoaded } from './mapLoaded';

export interface TileOverlayOptions {
  parcels: boolean;
  premises: boolean;
  vacantOnly: boolean;
  /** The time cursor's week (its Monday): premises as on that day, counters' figures of that week; null for now. */
  week: string | null;
  /** The place whose counters set their circles' scale. */
  place: string | null;
  selectedParcelId: string | null;
  selectedPremisesId: string | null;
}

/** The tile layers in each of the two sources; districtsOverlay and footfallOverlay draw the second. */
const PARCELS_SOURCE = ['parcels', 'districts'] as const;
const PREMISES_SOURCE = ['premises', 'counters'] as const;

const vacant: ExpressionSpecification = ['==', ['get', 'status'], 'vacant'];
const kindColour = [
  'match',
  ['get', 'kind'],
  ...PREMISES_KINDS.flatMap((kind) => [kind, rgbaCss(PREMISES_KIND_COLORS[kind])]),
  rgbaCss(PREMISES_KIND_COLORS.other),
] as unknown as ExpressionSpecification; // a match over a list: TypeScript cannot count its arms
const byId = (id: string | null): ExpressionSpecification => ['==', ['get', 'id'], id ?? ''];

/** What narrows the premises and counters' tiles: the cursor's week, vacant premises only, the counters' place. */
function premisesQuery({ week, vacantOnly, place }: TileOverlayOptions): Record<string, string> {
  return {
    ...(week ? { at: week, week } : {}),
    ...(vacantOnly ? { vacant: '1' } : {}),
    ...(place ? { place } : {}),
  };
}

function addOverlays(map: maplibregl.Map, options: TileOverlayOptions) {
  const origin = window.location.origin;
  // Districts ride in the parcels' tiles and counters in the premises' (they follow the same
  // week): one request and one tile for the map's worker per square instead of two.
  map.addSource('parcels', tileSource(origin, PARCELS_SOURCE));
  map.addSource('premises', tileSource(origin, PREMISES_SOURCE, premisesQuery(options)));
  const parcels = { source: 'parcels', 'source-layer': 'parcels', minzoom: MIN_ZOOM.parcels } as const;
  map.addLayer({
    id: 'parcels-fill',
    type: 'fill',
    ...parcels,
    // No antialiased edge: parcels-line draws the edges, a second outline pass would cost every frame.
    paint: { 'fill-color': rgbaCss(PARCEL_FILL), 'fill-antialias': false },
  });
  map.addLayer({
    id: 'parcels-line',
    type: 'line',
    ...parcels,
    paint: { 'line-color': rgbaCss(PARCEL_LINE), 'line-width': ['interpolate', ['linear'], ['zoom'], 14, 0.5, 17, 1] },
  });
  map.addLayer({
    id: 'parcels-selected',
    type: 'line',
    ...parcels,
    filter: byId(options.selectedParcelId),
    paint: { 'line-color': rgbaCss(SELECTED), 'line-width': 3 },
  });
  const premises = { source: 'premises', 'source-layer': 'premises', minzoom: MIN_ZOOM.premises } as const;
  map.addLayer({
    id: 'premises',
    type: 'circle',
    ...premises,
    // Vacant premises come last in each tile (the server orders them so): drawn on top of their
    // neighbours without a sort key, which cost the planner's first map 3-4 % of its time and
    // 5-8 % of Chromium's CPU (paired runs, twice).
    paint: {
      // Zoomed out the street is calm: businesses in one grey, only the vacant ones in colour.
      'circle-color': [
        'step',
        ['zoom'],
        ['case', vacant, rgbaCss(VACANT_COLOR), CALM_PREMISES],
        MIN_ZOOM.premisesKinds,
        ['case', vacant, rgbaCss(VACANT_COLOR), kindColour],
      ],
      'circle-radius': [
        'interpolate',
        ['linear'],
        ['zoom'],
        13,
        ['case', vacant, 3.5, 2.5],
        18,
        ['case', vacant, 9, 7],
      ],
      'circle-stroke-color': '#ffffff',
      'circle-stroke-width': ['case', vacant, 2, 1],
    },
  });
  map.addLayer({
    id: 'premises-selected',
    type: 'circle',
    ...premises,
    filter: byId(options.selectedPremisesId),
    paint: {
      'circle-color': 'rgba(0, 0, 0, 0)',
      'circle-radius': ['interpolate', ['linear'], ['zoom'], 13, 5, 18, 11],
      'circle-stroke-color': rgbaCss(SELECTED),
      'circle-stroke-width': 3,
    },
  });
}

const CALM_PREMISES = 'rgba(120, 124, 134, 0.55)';

const visibility = (on: boolean) => (on ? 'visible' : 'none');

/**
 * Parcels and premises as MapLibre layers over vector tiles: every feature at any zoom the
 * layer is shown at, with no cap on how many. Their sources also carry the districts and the
 * counters. Returns whether the parcels in view have loaded.
 */
export function useTileOverlays(map: maplibregl.Map | null, options: TileOverlayOptions) {
  const [added, setAdded] = useState(false);
  const [parcelsLoaded, setParcelsLoaded] = useState(false);

  useEffect(() => {
    if (!map) return;
    const add = () => {
      if (!map.getSource('parcels')) addOverlays(map, options);
      setAdded(true);
    };
    whenLoaded(map, add);
    const onIdle = () =>
      setParcelsLoaded(
        map.getZoom() >= MIN_ZOOM.parcels && Boolean(map.getSource('parcels')) && map.isSourceLoaded('parcels'),
      );
    map.on('idle', onIdle);
    return () => {
      map.off('idle', onIdle);
    };
    // The overlays are added once per map; the effects below keep them in step with the options.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [map]);

  const { parcels, premises, selectedParcelId, selectedPremisesId } = options;
  const query = new URLSearchParams(premisesQuery(options)).toString();
  useEffect(() => {
    if (!map || !added) return;
    for (const id of ['parcels-fill', 'parcels-line', 'parcels-selected'])
      map.setLayoutProperty(id, 'visibility', visibility(parcels));
    for (const id of ['premises', 'premises-selected']) map.setLayoutProperty(id, 'visibility', visibility(premises));
    map.setFilter('parcels-selected', byId(selectedParcelId));
    map.setFilter('premises-selected', byId(selectedPremisesId));
  }, [map, added, parcels, premises, selectedParcelId, selectedPremisesId]);

  useEffect(() => {
    if (!map || !added) return;
    const source = map.getSource<maplibregl.VectorTileSource>('premises');
    const tiles = tileSource(
      window.location.origin,
      PREMISES_SOURCE,
      Object.fromEntries(new URLSearchParams(query)),
    ).tiles!;
    if (source && source.serialize().tiles?.join() !== tiles.join()) source.setTiles(tiles);
  }, [map, added, query]);

  return { parcelsLoaded };
}
