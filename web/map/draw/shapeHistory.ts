import type { LineString, Point, Polygon } from 'geojson';

export type Shape = Polygon | LineString | Point;

/**
 * Undo and redo of a finished shape. `past` ends with the shape as it stands; each edit adds to
 * it. A shape drawn in this session, with no edit left to undo, loses the vertex placed last, as
 * while drawing: a closed boundary is not lost to one Ctrl+Z. A stored boundary opened for
 * editing goes back no further than it was stored.
 */
export interface ShapeHistory {
  past: Shape[];
  future: Shape[];
  drawnHere: boolean;
}

export const NO_HISTORY: ShapeHistory = { past: [], future: [], drawnHere: false };

/** A history that starts at a shape just drawn, or at a stored one opened for editing. */
export function startingAt(shape: Shape, drawnHere: boolean): ShapeHistory {
  return { past: [shape], future: [], drawnHere };
}

export function recorded(history: ShapeHistory, shape: Shape): ShapeHistory {
  return { ...history, past: [...history.past, shape], future: [] };
}

/**
 * The history one step back; 'start-over' when a shape drawn here has no vertex left to lose;
 * null when there is nothing to undo.
 */
export function undone(history: ShapeHistory): ShapeHistory | 'start-over' | null {
  const current = history.past.at(-1);
  if (!current) return null;
  const future = [...history.future, current];
  if (history.past.length > 1) return { ...history, past: history.past.slice(0, -1), future };
  if (!history.drawnHere) return null;
  const fewer = withoutLastVertex(current);
  return fewer ? { ...history, past: [fewer], future } : 'start-over';
}

export function redone(history: ShapeHistory): ShapeHistory | null {
  const next = history.future.at(-1);
  return next ? { ...history, past: [...history.past, next], future: history.future.slice(0, -1) } : null;
}

export function canUndo(history: ShapeHistory): boolean {
  return history.past.length > 1 || (history.drawnHere && history.past.length === 1);
}

/** The shape without the vertex placed last; null when too few would be left. */
export function withoutLastVertex(shape: Shape): Shape | null {
  if (shape.type === 'Polygon') {
    const ring = shape.coordinates[0];
    // A closed ring repeats its first vertex last; the one placed last comes just before it.
    if (ring.length <= 4) return null;
    return { type: 'Polygon', coordinates: [[...ring.slice(0, -2), ring[0]], ...shape.coordinates.slice(1)] };
  }
  if (shape.type === 'LineString') {
    return shape.coordinates.length <= 2 ? null : { type: 'LineString', coordinates: shape.coordinates.slice(0, -1) };
  }
  return null;
}
