import { describe, expect, it } from 'vitest';
import type { Polygon } from 'geojson';
import { canUndo, recorded, redone, startingAt, undone, withoutLastVertex } from '../../web/map/draw/shapeHistory';

const ring = (...points: [number, number][]): Polygon => ({ type: 'Polygon', coordinates: [[...points, points[0]]] });
const square = ring([0, 0], [1, 0], [1, 1], [0, 1]);
const moved = ring([0, 0], [2, 0], [1, 1], [0, 1]);

describe('the history of a closed shape', () => {
  it('takes away the vertex placed last, keeping the ring closed', () => {
    expect(withoutLastVertex(square)).toEqual(ring([0, 0], [1, 0], [1, 1]));
    expect(withoutLastVertex(ring([0, 0], [1, 0], [1, 1]))).toBeNull();
    expect(
      withoutLastVertex({
        type: 'LineString',
        coordinates: [
          [0, 0],
          [1, 0],
          [2, 0],
        ],
      }),
    ).toEqual({
      type: 'LineString',
      coordinates: [
        [0, 0],
        [1, 0],
      ],
    });
  });

  it('undoes edits first, then vertices, then starts over; redo walks back', () => {
    const edited = recorded(startingAt(square, true), moved);
    const first = undone(edited);
    expect(first !== null && first !== 'start-over' && first.past.at(-1)).toEqual(square);
    if (first === null || first === 'start-over') throw new Error('expected a step back');
    expect(redone(first)?.past.at(-1)).toEqual(moved);
    const triangle = undone(first);
    if (triangle === null || triangle === 'start-over') throw new Error('expected a vertex fewer');
    expect(triangle.past).toEqual([ring([0, 0], [1, 0], [1, 1])]);
    expect(redone(triangle)?.past.at(-1)).toEqual(square);
    expect(undone(triangle)).toBe('start-over');
  });

  it('goes no further back than a stored boundary opened for editing', () => {
    const opened = startingAt(square, false);
    expect(canUndo(opened)).toBe(false);
    expect(undone(opened)).toBeNull();
    const edited = recorded(opened, moved);
    expect(canUndo(edited)).toBe(true);
    expect(undone(edited)).toEqual({ past: [square], future: [moved], drawnHere: false });
  });

  it('forgets what was undone once something new is done', () => {
    const back = undone(recorded(startingAt(square, true), moved));
    if (back === null || back === 'start-over') throw new Error('expected a step back');
    expect(recorded(back, moved).future).toEqual([]);
  });
});
