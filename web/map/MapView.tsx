import { useEffect, useRef } from 'react';
import * as maplibregl from 'maplibre-gl';
import './maplibreWorker';
import 'maplibre-gl/dist/maplibre-gl.css';
import { MapLibreOverlay } from '@deck.gl/maplibre';
import type { Layer, PickingInfo } from '@deck.gl/core';
import type { Bbox } from './bbox';
import { FABRIC_LAYER_IDS } from './basemapStyle';
import { TILE_PICK_LAYERS } from './tileOverlays';
import { hasLoaded, trackLoad, whenLoaded } from './mapLoaded';

export interface Viewport {
  bbox: Bbox;
  zoom: number;
}

interface MapViewProps {
  style: maplibregl.StyleSpecification | string;
  initialBounds: Bbox;
  layers: Layer[];
  showFabric: boolean;
  onViewportChange: (viewport: Viewport) => void;
  onMapReady?: (map: maplibregl.Map) => void;
  onPick: (info: PickingInfo) => void;
  getTooltip: (info: PickingInfo) => string | null;
}

declare global {
  interface Window {
    __platsatlas?: { map: maplibregl.Map };
  }
}

/**
 * MapLibre for the base map with deck.gl on its own canvas above it (overlaid). Interleaved
 * mode shares MapLibre's WebGL context but, with MapLibre 6, swallowed a click that came soon
 * after a hover highlight; overlaid keeps every click. The map owns the view; React hears of
 * it on `moveend`. `data-map-idle` on the container tells tests (and anyone) the map has settled.
 */
export function MapView({
  style,
  initialBounds,
  layers,
  showFabric,
  onViewportChange,
  onMapReady,
  onPick,
  getTooltip,
}: MapViewProps) {
  const container = useRef<HTMLDivElement>(null);
  const mapRef = useRef<maplibregl.Map | null>(null);
  const overlayRef = useRef<MapLibreOverlay | null>(null);
  const callbacks = useRef({ onViewportChange, onPick, getTooltip });
  callbacks.current = { onViewportChange, onPick, getTooltip };

  useEffect(() => {
    const el = container.current!;
    const map = new maplibregl.Map({
      container: el,
      style,
      bounds: initialBounds,
      attributionControl: { compact: false },
      maxZoom: 20,
      // The view lives in the URL (#zoom/lat/lon), so a link opens the same place.
      hash: true,
      // Keep the drawn frame so that printing (and screenshots) show the map, not a blank canvas.
      canvasContextAttributes: { preserveDrawingBuffer: true },
    });
    trackLoad(map);
    map.addControl(new maplibregl.NavigationControl({ visualizePitch: false }), 'bottom-right');
    map.addControl(new maplibregl.ScaleControl({ unit: 'metric' }), 'bottom-left');
    const overlay = new MapLibreOverlay({
      interleaved: false,
      deviceProps: { webgl: { preserveDrawingBuffer: true } },
      layers: [],
      onClick: (info) => callbacks.current.onPick(withTileFeature(map, info)),
      getTooltip: (info) => {
        const text = callbacks.current.getTooltip(withTileFeature(map, info));
        return text ? { text, className: 'map-tooltip' } : null;
      },
    });
    map.addControl(overlay);
    const report = () => {
      const b = map.getBounds();
      callbacks.current.onViewportChange({
        bbox: [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()],
        zoom: map.getZoom(),
      });
    };
    map.on('load', report);
    map.on('moveend', report);
    map.on('idle', () => {
      el.dataset.mapIdle = 'true';
    });
    map.on('movestart', () => {
      el.dataset.mapIdle = 'false';
    });
    map.on('dataloading', () => {
      el.dataset.mapIdle = 'false';
    });
    mapRef.current = map;
    overlayRef.current = overlay;
    // Printing changes the layout, which clears WebGL canvases before they can redraw: print a
    // still picture of the map as it is on screen instead.
    const onBeforePrint = () => snapshotForPrint(el);
    window.addEventListener('beforeprint', onBeforePrint);
    window.__platsatlas = { map };
    onMapReady?.(map);
    return () => {
      window.removeEventListener('beforeprint', onBeforePrint);
      map.remove();
      mapRef.current = null;
      overlayRef.current = null;
    };
    // The map is created once; a changed style only moves its data (the effect below).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // After an import the base map's addresses carry a new data version: load those tiles
  // again in place, keeping the view and whatever the drawing tool has added to the map.
  useEffect(() => {
    const map = mapRef.current;
    if (!map || typeof style === 'string') return;
    for (const [id, source] of Object.entries(style.sources)) {
      const current = map.getSource(id);
      if (source.type === 'vector' && source.tiles && current instanceof maplibregl.VectorTileSource) {
        if (current.serialize().tiles?.join() !== source.tiles.join()) current.setTiles(source.tiles);
      }
    }
  }, [style]);

  useEffect(() => {
    container.current!.dataset.mapIdle = 'false';
    overlayRef.current?.setProps({ layers });
    mapRef.current?.triggerRepaint();
  }, [layers]);

  useEffect(() => {
    const map = mapRef.current;
    if (!map) return;
    const apply = () => {
      for (const id of FABRIC_LAYER_IDS) {
        if (map.getLayer(id)) map.setLayoutProperty(id, 'visibility', showFabric ? 'visible' : 'none');
      }
    };
    whenLoaded(map, apply);
  }, [showFabric]);

  return (
    <div
      ref={container}
      className="map"
      data-testid="map"
      data-map-idle="false"
      role="application"
      aria-label="Karta"
    />
  );
}

/**
 * deck.gl's pick, or else the MapLibre tile feature under the pointer (parcels, premises), in
 * the same shape: `layer.id` names the layer, `object.properties` holds the feature's properties.
 * So a click or a hover reads the same whichever library draws the layer.
 */
function withTileFeature(map: maplibregl.Map, info: PickingInfo): PickingInfo {
  if (info.object || !hasLoaded(map)) return info;
  const layers = Object.keys(TILE_PICK_LAYERS).filter((id) => map.getLayer(id));
  if (layers.length === 0) return info;
  const [feature] = map.queryRenderedFeatures([info.x, info.y], { layers });
  if (!feature) return info;
  return {
    ...info,
    picked: true,
    layer: { id: TILE_PICK_LAYERS[feature.layer.id] } as PickingInfo['layer'],
    object: { properties: feature.properties },
  };
}

/** The map as one still picture (PNG data URL): its canvases, base map then deck.gl, composited. */
export function mapStill(container: HTMLElement): string | null {
  const canvases = [...container.querySelectorAll('canvas')];
  const base = canvases[0];
  if (!base) return null;
  const out = document.createElement('canvas');
  out.width = base.width;
  out.height = base.height;
  const ctx = out.getContext('2d')!;
  for (const c of canvases) ctx.drawImage(c, 0, 0, out.width, out.height);
  return out.toDataURL('image/png');
}

/** Puts a still of the map into the page, shown only in print. */
export function snapshotForPrint(container: HTMLElement) {
  const still = mapStill(container);
  if (!still) return;
  let img = container.querySelector<HTMLImageElement>('img.print-snapshot');
  if (!img) {
    img = document.createElement('img');
    img.className = 'print-snapshot';
    img.alt = '';
    container.appendChild(img);
  }
  img.src = still;
}
