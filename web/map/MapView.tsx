import { useEffect, useLayoutEffect, useRef } from 'react';
import * as maplibregl from 'maplibre-gl';
import './maplibreWorker';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { MapLibreOverlay } from '@deck.gl/maplibre';
import type { Layer } from '@deck.gl/core';
import type { Bbox } from './bbox';
import { BASEMAP_COLORS, FABRIC_LAYER_IDS } from './basemapStyle';
import { trackLoad, whenLoaded } from './mapLoaded';
import { paintFirstViewWhole } from './firstViewWhole';
import { waterOnceLandLoads, withLandWhileLoading } from './landWhileLoading';
import { pickWithMapLibre, removeOwnTooltip, withMapFeature, type MapPick } from './mapPicking';

export type { MapPick };

export interface Viewport {
  bbox: Bbox;
  zoom: number;
}

interface MapViewProps {
  style: maplibregl.StyleSpecification | string;
  initialBounds: Bbox;
  /** deck.gl layers; the first non-empty list loads deck.gl, a map without them never does. */
  layers?: Layer[];
  /** MapLibre layers whose features are picked, by the layer name the page knows them by. */
  pickLayers?: Record<string, string>;
  /** Room the page's panels take over the map, so the opening view fits beside them. */
  boundsPadding?: maplibregl.PaddingOptions;
  showFabric: boolean;
  onViewportChange: (viewport: Viewport) => void;
  onMapReady?: (map: maplibregl.Map) => void;
  onPick: (info: MapPick) => void;
  getTooltip: (info: MapPick) => string | null;
}

const NO_LAYERS: Layer[] = [];

declare global {
  interface Window {
    __platsatlas?: { map: maplibregl.Map };
  }
}

/**
 * MapLibre for the base map and the tiled layers, with deck.gl on its own canvas above it when
 * the page has deck.gl layers (loaded then, not before). Clicks and hovers pick deck.gl's
 * objects first, else MapLibre's features in `pickLayers`. The map owns the view; React hears
 * of it on `moveend`. `data-map-idle` on the container tells tests (and anyone) the map has settled.
 */
export function MapView({
  style,
  initialBounds,
  layers = NO_LAYERS,
  pickLayers = {},
  boundsPadding,
  showFabric,
  onViewportChange,
  onMapReady,
  onPick,
  getTooltip,
}: MapViewProps) {
  const container = useRef<HTMLDivElement>(null);
  const mapRef = useRef<maplibregl.Map | null>(null);
  const overlayRef = useRef<MapLibreOverlay | null>(null);
  const deckPending = useRef(false);
  const latestLayers = useRef(layers);
  latestLayers.current = layers;
  const callbacks = useRef({ onViewportChange, onPick, getTooltip, pickLayers });
  callbacks.current = { onViewportChange, onPick, getTooltip, pickLayers };

  // Before the page's first paint: the map's WebGL set-up then does not wait behind the GPU
  // process drawing the page's panels (measured: up to ~130 ms of round trips while it did).
  useLayoutEffect(() => {
    const el = container.current!;
    const map = new maplibregl.Map({
      container: el,
      style: withLandWhileLoading(style),
      bounds: initialBounds,
      ...(boundsPadding ? { fitBoundsOptions: { padding: boundsPadding } } : {}),
      // Full credits on a wide map; on a phone MapLibre's own (i) button, open until the map is first moved.
      attributionControl: {},
      maxZoom: 20,
      // Labels appear at once: a fade repaints the whole map for a third of a second after every move.
      fadeDuration: 0,
      // The view lives in the URL (#zoom/lat/lon), so a link opens the same place.
      hash: true,
      // The drawn frame is not kept (preserveDrawingBuffer, MapLibre's default): keeping it has the
      // compositor copy the whole canvas every frame. A still redraws first (mapStill).
    });
    trackLoad(map);
    paintFirstViewWhole(map);
    waterOnceLandLoads(map);
    map.addControl(new maplibregl.NavigationControl({ visualizePitch: false }), 'bottom-right');
    map.addControl(new maplibregl.ScaleControl({ unit: 'metric' }), 'bottom-left');
    // Until deck.gl is on the map (or on a map without it), MapLibre's own events pick.
    pickWithMapLibre(map, el, {
      active: () => !overlayRef.current,
      pickLayers: () => callbacks.current.pickLayers,
      onPick: (pick) => callbacks.current.onPick(pick),
      getTooltip: (pick) => callbacks.current.getTooltip(pick),
    });
    const report = () => {
      const b = map.getBounds();
      callbacks.current.onViewportChange({
        bbox: [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()],
        zoom: map.getZoom(),
      });
    };
    // The opening view is known as soon as the map exists: the page's layers are built for its
    // zoom from the start instead of once more after the base map's first frame.
    report();
    map.on('moveend', report);
    const settled = () => {
      if (!deckPending.current) el.dataset.mapIdle = 'true';
    };
    map.on('idle', settled);
    // The last tile of a source whose tiles were swapped mid-load (the time cursor moving fast)
    // has been seen to settle without a following 'idle': its arrival with everything loaded
    // counts as settled too.
    map.on('sourcedata', (e) => {
      if (e.isSourceLoaded && map.loaded() && !map.isMoving()) settled();
    });
    map.on('movestart', () => {
      el.dataset.mapIdle = 'false';
    });
    map.on('dataloading', () => {
      el.dataset.mapIdle = 'false';
    });
    mapRef.current = map;
    // Printing changes the layout, which clears WebGL canvases before they can redraw: print a
    // still picture of the map as it is on screen instead.
    const onBeforePrint = () => snapshotForPrint(map);
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
    const map = mapRef.current;
    if (!map) return;
    const overlay = overlayRef.current;
    if (overlay) {
      container.current!.dataset.mapIdle = 'false';
      overlay.setProps({ layers });
      map.triggerRepaint();
      return;
    }
    // No deck.gl yet and nothing for it to draw: the map settles as it is.
    if (layers.length === 0 || deckPending.current) return;
    container.current!.dataset.mapIdle = 'false';
    deckPending.current = true;
    void import('./deckOverlay').then(({ deckOverlay }) => {
      deckPending.current = false;
      if (mapRef.current !== map) return;
      const pickLayers = () => callbacks.current.pickLayers;
      const added = deckOverlay({
        onClick: (info) => callbacks.current.onPick(withMapFeature(map, info, pickLayers())),
        getTooltip: (info) => callbacks.current.getTooltip(withMapFeature(map, info, pickLayers())),
      });
      map.addControl(added);
      overlayRef.current = added;
      // deck.gl shows its own hover text from now on.
      removeOwnTooltip(container.current);
      added.setProps({ layers: latestLayers.current });
      map.triggerRepaint();
    });
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
      // What shows until the first view is painted whole (paintFirstViewWhole).
      style={{ background: BASEMAP_COLORS.land }}
      data-testid="map"
      data-map-idle="false"
      role="application"
      aria-label="Karta"
    />
  );
}

/**
 * The map as one still picture (PNG data URL): its canvases, base map then deck.gl, composited.
 * MapLibre's canvas keeps its pixels only until the frame is shown, so it is drawn again here,
 * in the same task that reads it (deck.gl's canvas keeps its frame).
 */
export function mapStill(map: maplibregl.Map): string | null {
  const container = map.getContainer();
  map.redraw();
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
function snapshotForPrint(map: maplibregl.Map) {
  const container = map.getContainer();
  const still = mapStill(map);
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
