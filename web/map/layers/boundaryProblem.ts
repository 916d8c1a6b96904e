import { LineLayer, ScatterplotLayer } from '@deck.gl/layers';
import type { Polygon, Position } from 'geojson';
import type { GeometryProblem } from '../../../server/domain/polygonValidation';
import { atLevel, LEVEL } from './drawOrder';

const RED: [number, number, number, number] = [214, 39, 40, 255];

/** Marks where a boundary is wrong: the crossing segments in red and the spot (or vertex) ringed. */
export function boundaryProblemLayers(problem: GeometryProblem, polygon: Polygon | null) {
  const ring = (r: number) => polygon?.coordinates[r] ?? [];
  const segments = (problem.segments ?? [])
    .map(([, r, i]) => ({ from: ring(r)[i], to: ring(r)[i + 1] }))
    .filter((s) => s.from && s.to);
  const vertex = problem.vertex ? ring(problem.vertex[1])[problem.vertex[2]] : undefined;
  const spot: Position | undefined = problem.location ?? vertex;
  return [
    new LineLayer<{ from: Position; to: Position }>({
      id: 'boundary-problem-segments',
      data: segments,
      getSourcePosition: (d) => d.from as [number, number],
      getTargetPosition: (d) => d.to as [number, number],
      getColor: RED,
      getWidth: 6,
      widthUnits: 'pixels',
    }),
    new ScatterplotLayer<Position>({
      id: 'boundary-problem-spot',
      data: spot ? [spot] : [],
      getPosition: (d) => d as [number, number],
      getRadius: 12,
      radiusUnits: 'pixels',
      stroked: true,
      filled: false,
      getLineColor: RED,
      getLineWidth: 3,
      lineWidthUnits: 'pixels',
    }),
  ].map((layer) => atLevel(LEVEL.marker, layer));
}
