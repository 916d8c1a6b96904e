import type { Polygon } from 'geojson';
import type { Random } from '../random';

/** Zones of a Cityindex-style turnover series: rough outlines of three real parts of the centre. */
export const INDEX_ZONES: { id: string; name: string; geometry: Polygon; trend: number }[] = [
  {
    id: 'zone-gamla-staden',
    name: 'Gamla staden',
    trend: 0.018,
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [12.9905, 55.6075],
          [12.9995, 55.6098],
          [13.0085, 55.6068],
          [13.0078, 55.6018],
          [13.0005, 55.599],
          [12.9915, 55.601],
          [12.9905, 55.6075],
        ],
      ],
    },
  },
  {
    id: 'zone-sodra-forstaden',
    name: 'Södra Förstaden – Triangeln',
    trend: 0.031,
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [12.9935, 55.599],
          [13.007, 55.5993],
          [13.0075, 55.5925],
          [12.995, 55.5915],
          [12.9935, 55.599],
        ],
      ],
    },
  },
  {
    id: 'zone-mollevangen',
    name: 'Möllevången',
    trend: 0.009,
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [13.0075, 55.5945],
          [13.0175, 55.5945],
          [13.018, 55.588],
          [13.007, 55.588],
          [13.0075, 55.5945],
        ],
      ],
    },
  },
];

const SEASON = [0.84, 0.82, 0.93, 0.97, 1.0, 1.02, 1.0, 1.01, 0.97, 0.99, 1.05, 1.4]; // January … December

/** Monthly turnover index per zone; 100 = the first year's average month. */
export function generateTurnoverIndex(random: Random, from: string, to: string) {
  const rows: { zoneId: string; period: string; value: number }[] = [];
  const [fy, fm] = from.split('-').map(Number);
  const [ty, tm] = to.split('-').map(Number);
  for (const zone of INDEX_ZONES) {
    for (let y = fy, m = fm; y < ty || (y === ty && m < tm); m === 12 ? (y++, (m = 1)) : m++) {
      const years = y - fy + (m - 1) / 12;
      const value = 100 * SEASON[m - 1] * (1 + zone.trend) ** years * (1 + 0.025 * random.normal());
      rows.push({
        zoneId: zone.id,
        period: `${y}-${String(m).padStart(2, '0')}-01`,
        value: Math.round(value * 10) / 10,
      });
    }
  }
  return rows;
}
