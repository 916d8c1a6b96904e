import type * as maplibregl from 'maplibre-gl';
import type { StyleSpecification } from 'maplibre-gl';
import { BASEMAP_COLORS } from './basemapStyle';

/**
 * The offline base map's background is water, with land drawn over it from the municipalities'
 * outlines: until the land's first tiles were here the whole map was sea blue (half a second and
 * more on this machine, longer on a slow line), a town centre shown as open water. The map starts
 * with a land-coloured background and turns it to water, at once (no transition, which would
 * keep the map drawing frames for another 300 ms), when the land of the first view has loaded.
 * An online style has no `water` background and is left as it is.
 */
export function withLandWhileLoading(style: StyleSpecification | string): StyleSpecification | string {
  if (typeof style === 'string' || !style.layers.some((l) => l.id === WATER && l.type === 'background')) return style;
  return {
    ...style,
    layers: style.layers.map((l) =>
      l.id === WATER && l.type === 'background'
        ? {
            ...l,
            paint: {
              ...l.paint,
              'background-color': BASEMAP_COLORS.land,
              'background-color-transition': { duration: 0, delay: 0 },
            },
          }
        : l,
    ),
  };
}

/** The other half: water again once the land source has loaded the tiles of the view. */
export function waterOnceLandLoads(map: maplibregl.Map): void {
  map.once('style.load', () => {
    const land = map.getLayer('land');
    if (map.getLayer(WATER)?.type !== 'background' || !land?.source) return;
    const landLoaded = (e: maplibregl.MapSourceDataEvent) => {
      if (e.sourceId !== land.source || !map.isSourceLoaded(land.source)) return;
      map.setPaintProperty(WATER, 'background-color', BASEMAP_COLORS.water);
      map.off('sourcedata', landLoaded);
    };
    map.on('sourcedata', landLoaded);
  });
}

const WATER = 'water';
