import { ScatterplotLayer } from '@deck.gl/layers';
import type { PublicVacancies } from '../../api/client';
import { VACANT_COLOR } from './colors';
import { atLevel, LEVEL } from './drawOrder';

type Vacancy = PublicVacancies['vacancies'][number];

/** Empty premises for the public map: red rings, the same sign as in the planner's map. */
export function vacanciesLayer(vacancies: Vacancy[]) {
  return atLevel(
    LEVEL.point,
    new ScatterplotLayer<Vacancy>({
      id: 'vacancies',
      data: vacancies,
      pickable: true,
      stroked: true,
      filled: true,
      radiusUnits: 'meters',
      radiusMinPixels: 4,
      radiusMaxPixels: 10,
      getRadius: 5,
      getPosition: (v) => [v.lon, v.lat],
      getFillColor: [255, 255, 255, 230],
      getLineColor: VACANT_COLOR,
      getLineWidth: 2.5,
      lineWidthUnits: 'pixels',
    }),
  );
}
