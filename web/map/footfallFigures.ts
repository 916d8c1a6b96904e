import { useEffect } from 'react';
import * as maplibregl from 'maplibre-gl';
import { counterRadius } from './layers/footfall';

/** Where the figures can be read apart. */
const FIGURES_FROM_ZOOM = 14;
/** Space between a circle and its figure (px). */
const GAP = 3;

interface Figure {
  marker: maplibregl.Marker;
  share: number;
}

/**
 * Each counter's figure ("152 503") below its circle, as a line of the page's own text placed by
 * MapLibre (a marker), read from the counters in the premises' tiles (so it is the week the map
 * shows). Not a symbol layer: a label layer in those tiles cost the planner's first map 12-18 % of
 * its time to idle (measured, paired runs), for five figures; as text the browser draws them.
 */
export function useFootfallFigures(map: maplibregl.Map | null, visible: boolean) {
  useEffect(() => {
    if (!map) return;
    const figures = new Map<string, Figure>();
    const placeBelowCircles = () => {
      for (const { marker, share } of figures.values())
        marker.setOffset([0, counterRadius(share, map.getZoom()) + GAP]);
    };
    const refresh = () => {
      const shown = new Set<string>();
      if (visible && map.getZoom() >= FIGURES_FROM_ZOOM && map.getSource('premises')) {
        for (const feature of map.querySourceFeatures('premises', { sourceLayer: 'counters' })) {
          const { id, figure, share } = feature.properties as { id: string; figure?: string; share: number };
          // A counter near a tile's edge is in both tiles.
          if (!figure || shown.has(id) || feature.geometry.type !== 'Point') continue;
          shown.add(id);
          let shownFigure = figures.get(id);
          if (!shownFigure) {
            const element = document.createElement('div');
            element.className = 'footfall-figure';
            element.dataset.counter = id;
            const marker = new maplibregl.Marker({ element, anchor: 'top' });
            shownFigure = {
              marker: marker.setLngLat(feature.geometry.coordinates as [number, number]).addTo(map),
              share,
            };
            figures.set(id, shownFigure);
          }
          // A figure already on the map only takes the new week's text and size: adding a marker
          // again takes it off the page and puts it back.
          shownFigure.share = share;
          shownFigure.marker.getElement().textContent = figure;
        }
      }
      for (const [id, { marker }] of figures)
        if (!shown.has(id)) {
          marker.remove();
          figures.delete(id);
        }
      placeBelowCircles();
    };
    // Once the premises' tiles in view have all come (at first, after a new week, after a pan),
    // not at every one of them.
    const onData = (event: maplibregl.MapSourceDataEvent) => {
      if (event.sourceId === 'premises' && event.isSourceLoaded) refresh();
    };
    map.on('sourcedata', onData);
    map.on('zoom', placeBelowCircles);
    map.on('zoomend', refresh);
    refresh();
    return () => {
      map.off('sourcedata', onData);
      map.off('zoom', placeBelowCircles);
      map.off('zoomend', refresh);
      for (const { marker } of figures.values()) marker.remove();
    };
  }, [map, visible]);
}
