import { GeoJsonLayer } from '@deck.gl/layers';
import { difference, featureCollection } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { toGeoJson } from './geojson';
import { atLevel, LEVEL } from './drawOrder';

type Shape = Feature<Polygon | MultiPolygon>;

/** What a newer boundary added (green) and took away (red) compared with an older one. */
export function boundaryChanges(older: Shape, newer: Shape) {
  return {
    added: difference(featureCollection([newer, older])),
    removed: difference(featureCollection([older, newer])),
  };
}

export function versionCompareLayers(older: Shape, newer: Shape) {
  const { added, removed } = boundaryChanges(older, newer);
  const outline = (id: string, shape: Shape, color: [number, number, number, number], dash: boolean) =>
    atLevel(
      LEVEL.area + 5,
      new GeoJsonLayer({
        id,
        data: shape,
        filled: false,
        stroked: true,
        getLineColor: color,
        getLineWidth: 2,
        lineWidthUnits: 'pixels',
        ...(dash ? { getDashArray: [4, 3] } : {}),
      }),
    );
  const area = (id: string, shape: Feature | null, color: [number, number, number, number]) =>
    atLevel(
      LEVEL.area + 4,
      new GeoJsonLayer({
        id,
        data: shape ?? toGeoJson<Record<string, never>>([]),
        filled: true,
        stroked: false,
        getFillColor: color,
      }),
    );
  return [
    area('compare-added', added, [44, 160, 44, 120]),
    area('compare-removed', removed, [214, 39, 40, 120]),
    outline('compare-older', older, [120, 120, 120, 255], true),
    outline('compare-newer', newer, [88, 44, 131, 255], false),
  ];
}
