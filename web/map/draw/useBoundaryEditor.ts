import { useCallback, useEffect, useRef, useState } from 'react';
import type * as maplibregl from 'maplibre-gl';
import type { Polygon } from 'geojson';
import type { SnapToCustom, TerraDraw } from 'terra-draw';
import { pixelSizeDegrees, type ParcelSnapper } from './parcelSnapper';
import {
  canUndo,
  NO_HISTORY,
  recorded,
  redone,
  startingAt,
  undone,
  type Shape,
  type ShapeHistory,
} from './shapeHistory';
import { whenLoaded } from '../mapLoaded';

const SNAP_TOLERANCE_PX = 10;
const round7 = (v: number) => Math.round(v * 1e7) / 1e7;
const STYLE = { fillColor: '#805ad5', fillOpacity: 0.15, outlineColor: '#582c83', outlineWidth: 3 } as const;

export type EditorState = 'idle' | 'drawing' | 'editing';
export type ShapeKind = 'polygon' | 'linestring' | 'point';
const KIND_OF: Record<Shape['type'], ShapeKind> = { Polygon: 'polygon', LineString: 'linestring', Point: 'point' };

async function loadTerraDraw() {
  const [core, adapter] = await Promise.all([import('terra-draw'), import('terra-draw-maplibre-gl-adapter')]);
  return { ...core, TerraDrawMapLibreGLAdapter: adapter.TerraDrawMapLibreGLAdapter };
}
type TerraDrawLib = Awaited<ReturnType<typeof loadTerraDraw>>;

/**
 * Drawing and editing one district boundary with terra-draw: click vertices (double-click or
 * the first point closes), then drag vertices, drag a midpoint to add one, right-click a vertex
 * to delete it, drag the shape to move it; undo/redo with Ctrl+Z / Ctrl+Shift+Z, vertex by vertex
 * while drawing (terra-draw's), edit by edit and then vertex by vertex once closed (ours, so one
 * undo does not take the whole shape). Vertices snap to parcel corners and edges while snapping is on.
 */
export function useBoundaryEditor(map: maplibregl.Map | null, snapper: ParcelSnapper | null, snapping: boolean) {
  const drawRef = useRef<TerraDraw | null>(null);
  const snapRef = useRef({ snapper, snapping });
  snapRef.current = { snapper, snapping };
  const [state, setState] = useState<EditorState>('idle');
  const [shape, setShape] = useState<Shape | null>(null);
  const [history, setHistory] = useState({ undo: 0, redo: 0 });
  const [edits, setEdits] = useState<ShapeHistory>(NO_HISTORY);
  const featureId = useRef<string | number | null>(null);

  /** What was asked of the editor before terra-draw had loaded and started: done once it has. */
  const waiting = useRef<((draw: TerraDraw) => void)[]>([]);
  const withDraw = useCallback((work: (draw: TerraDraw) => void) => {
    if (drawRef.current) work(drawRef.current);
    else waiting.current.push(work);
  }, []);

  useEffect(() => {
    if (!map) return;
    let cancelled = false;
    let created: TerraDraw | null = null;
    // terra-draw loads on its own: people who only look at the map never download it. A click on
    // "draw" before it is there waits for it (the panel said "drawing" while clicks on the map
    // went nowhere).
    void loadTerraDraw().then((lib) => {
      if (cancelled) return;
      const draw = createDraw(lib, map);
      created = draw;
      whenLoaded(map, () => {
        if (cancelled) return;
        draw.start();
        drawRef.current = draw;
        for (const work of waiting.current.splice(0)) work(draw);
      });
    });
    return () => {
      cancelled = true;
      if (created?.enabled) created.stop();
      drawRef.current = null;
    };
  }, [map]);

  function createDraw(
    {
      TerraDraw,
      TerraDrawPolygonMode,
      TerraDrawLineStringMode,
      TerraDrawPointMode,
      TerraDrawSelectMode,
      TerraDrawModeUndoRedo,
      TerraDrawMapLibreGLAdapter,
    }: TerraDrawLib,
    map: maplibregl.Map,
  ): TerraDraw {
    const snapToParcels: SnapToCustom = (event) => {
      const { snapper: s, snapping: on } = snapRef.current;
      if (!on || !s) return undefined;
      const snapped = s.snap([event.lng, event.lat], pixelSizeDegrees(event.lat, map.getZoom()), SNAP_TOLERANCE_PX);
      return snapped && [round7(snapped[0]), round7(snapped[1])];
    };
    const draw = new TerraDraw({
      adapter: new TerraDrawMapLibreGLAdapter({ map }),
      modes: [
        new TerraDrawPolygonMode({ snapping: { toCustom: snapToParcels }, styles: STYLE }),
        new TerraDrawLineStringMode({
          snapping: { toCustom: snapToParcels },
          styles: { lineStringColor: '#582c83', lineStringWidth: 4 },
        }),
        new TerraDrawPointMode({
          styles: { pointColor: '#582c83', pointWidth: 8, pointOutlineColor: '#ffffff', pointOutlineWidth: 2 },
        }),
        new TerraDrawSelectMode({
          flags: {
            polygon: {
              feature: {
                draggable: true,
                coordinates: {
                  draggable: true,
                  midpoints: true,
                  deletable: true,
                  snappable: { toCustom: snapToParcels },
                },
              },
            },
            linestring: {
              feature: { draggable: true, coordinates: { draggable: true, midpoints: true, deletable: true } },
            },
            point: { feature: { draggable: true } },
          },
          styles: {
            selectedPolygonColor: '#805ad5',
            selectedPolygonFillOpacity: 0.15,
            selectedPolygonOutlineColor: '#582c83',
            selectedPolygonOutlineWidth: 3,
          },
        }),
      ],
      // Vertex by vertex while drawing; a closed shape's history is ours (ShapeHistory).
      undoRedo: { modeLevel: new TerraDrawModeUndoRedo() },
    });
    const read = () => {
      const drawn = draw
        .getSnapshot()
        .find((f) => ['polygon', 'linestring', 'point'].includes(String(f.properties.mode)));
      setShape(drawn ? (structuredClone(drawn.geometry) as Shape) : null);
    };
    draw.on('change', read);
    draw.on('history', (event) => setHistory({ undo: event.undoSize, redo: event.redoSize }));
    draw.on('finish', (id, context) => {
      const geometry = structuredClone(draw.getSnapshotFeature(id)?.geometry) as Shape | undefined;
      // A finished shape is edited in place: select it so its vertices can be dragged.
      if (['polygon', 'linestring', 'point'].includes(draw.getMode())) {
        draw.setMode('select');
        draw.selectFeature(id);
        featureId.current = id;
        setState('editing');
        if (geometry) setEdits(startingAt(geometry, true));
      } else if (context.mode === 'select' && geometry) setEdits((h) => recorded(h, geometry));
      read();
    });
    return draw;
  }

  const reset = useCallback(() => {
    const draw = drawRef.current;
    if (!draw) return;
    draw.clear();
    draw.setMode('static');
    featureId.current = null;
    setEdits(NO_HISTORY);
    setShape(null);
  }, []);

  const startNew = useCallback(
    (kind: ShapeKind = 'polygon') =>
      withDraw((draw) => {
        reset();
        draw.setMode(kind);
        setState('drawing');
      }),
    [reset, withDraw],
  );

  const startEdit = useCallback(
    (polygon: Polygon) =>
      withDraw((draw) => {
        reset();
        // terra-draw accepts at most 9 decimals; 7 is a centimetre, more than any boundary needs.
        const rounded: Polygon = {
          type: 'Polygon',
          coordinates: polygon.coordinates.map((ring) => ring.map(([x, y]) => [round7(x), round7(y)])),
        };
        const [result] = draw.addFeatures([{ type: 'Feature', geometry: rounded, properties: { mode: 'polygon' } }]);
        if (!result?.valid) throw new Error(`terra-draw refused the boundary: ${result?.reason ?? 'unknown reason'}`);
        draw.setMode('select');
        draw.selectFeature(result.id!);
        featureId.current = result.id!;
        setEdits(startingAt(rounded, false));
        setShape(rounded);
        setState('editing');
      }),
    [reset, withDraw],
  );

  const cancel = useCallback(() => {
    waiting.current = [];
    reset();
    setState('idle');
  }, [reset]);

  /** The closed shape as `to`, drawn and selected again so its vertices follow. */
  const show = useCallback((to: Shape) => {
    const draw = drawRef.current;
    const id = featureId.current;
    if (!draw || id === null) return;
    draw.updateFeatureGeometry(id, to);
    draw.deselectFeature(id);
    draw.selectFeature(id);
    setShape(to);
  }, []);

  const undo = useCallback(() => {
    if (state !== 'editing') return void drawRef.current?.undo();
    const earlier = undone(edits);
    if (earlier === 'start-over') {
      // Nothing left to take away but the shape itself: draw it again.
      if (shape) startNew(KIND_OF[shape.type]);
    } else if (earlier) {
      show(earlier.past.at(-1)!);
      setEdits(earlier);
    }
  }, [state, edits, shape, show, startNew]);

  const redo = useCallback(() => {
    if (state !== 'editing') return void drawRef.current?.redo();
    const later = redone(edits);
    if (!later) return;
    show(later.past.at(-1)!);
    setEdits(later);
  }, [state, edits, show]);

  useEffect(() => {
    if (state === 'idle') return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') return cancel();
      // Ctrl+Z in the name field undoes typing, not the map.
      const target = e.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'z') {
        e.preventDefault();
        if (e.shiftKey) redo();
        else undo();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [state, cancel, undo, redo]);

  return {
    state,
    shape,
    /** The drawn shape when it is a polygon: what a district boundary is. */
    boundary: shape?.type === 'Polygon' ? shape : null,
    canUndo: state === 'editing' ? canUndo(edits) : history.undo > 0,
    canRedo: state === 'editing' ? edits.future.length > 0 : history.redo > 0,
    startNew,
    startEdit,
    cancel,
    undo,
    redo,
  };
}

export type BoundaryEditor = ReturnType<typeof useBoundaryEditor>;
