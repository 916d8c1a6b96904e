import type * as maplibregl from 'maplibre-gl';
import { hasLoaded } from './mapLoaded';

/**
 * What is under the pointer, whichever library draws it: `layer.id` names the layer and
 * `object.properties` holds the feature's properties (deck.gl's PickingInfo has this shape too).
 */
export interface MapPick {
  x: number;
  y: number;
  coordinate?: number[] | null;
  layer?: { id: string } | null;
  object?: unknown;
}

/**
 * deck.gl's pick, or else the MapLibre feature under the pointer in one of `pickLayers`, in the
 * same shape: `layer.id` names the layer, `object.properties` holds the feature's properties.
 * So a click or a hover reads the same whichever library draws the layer.
 */
export function withMapFeature<P extends MapPick>(map: maplibregl.Map, info: P, pickLayers: Record<string, string>): P {
  if (info.object || !hasLoaded(map)) return info;
  const layers = Object.keys(pickLayers).filter((id) => map.getLayer(id));
  if (layers.length === 0) return info;
  const [feature] = map.queryRenderedFeatures([info.x, info.y], { layers });
  if (!feature) return info;
  return { ...info, layer: { id: pickLayers[feature.layer.id] }, object: { properties: feature.properties } };
}

/**
 * Clicks and hovers answered by MapLibre itself, for a map without deck.gl (or before it
 * loads): the feature under the pointer in one of `pickLayers`, and a hover text in the map's
 * own tooltip, shown like deck.gl's.
 */
export function pickWithMapLibre(
  map: maplibregl.Map,
  container: HTMLElement,
  handlers: {
    active: () => boolean;
    pickLayers: () => Record<string, string>;
    onPick: (pick: MapPick) => void;
    getTooltip: (pick: MapPick) => string | null;
  },
) {
  const tooltip = document.createElement('div');
  tooltip.className = 'map-tooltip own';
  tooltip.hidden = true;
  container.appendChild(tooltip);
  const pickAt = (e: maplibregl.MapMouseEvent): MapPick =>
    withMapFeature(
      map,
      { x: e.point.x, y: e.point.y, coordinate: [e.lngLat.lng, e.lngLat.lat] },
      handlers.pickLayers(),
    );
  map.on('click', (e) => {
    if (handlers.active()) handlers.onPick(pickAt(e));
  });
  map.on('mousemove', (e) => {
    if (!handlers.active()) return;
    const pick = pickAt(e);
    const text = handlers.getTooltip(pick);
    map.getCanvas().style.cursor = pick.object ? 'pointer' : '';
    tooltip.hidden = !text;
    tooltip.textContent = text;
    tooltip.style.transform = `translate(${e.point.x + 12}px, ${e.point.y + 12}px)`;
  });
  map.getCanvas().addEventListener('mouseleave', () => (tooltip.hidden = true));
}

/** Once deck.gl is on the map it shows its own hover text. */
export function removeOwnTooltip(container: HTMLElement | null) {
  container?.querySelector('.map-tooltip.own')?.remove();
}
