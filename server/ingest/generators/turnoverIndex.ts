import type { DemoDistrict } from './demoDistrict';
import type { Random } from '../random';

const SEASON = [0.84, 0.82, 0.93, 0.97, 1.0, 1.02, 1.0, 1.01, 0.97, 0.99, 1.05, 1.4]; // January … December

/** Monthly turnover index per zone; 100 = the first year's average month. */
export function generateTurnoverIndex(random: Random, from: string, to: string, zones: DemoDistrict['indexZones']) {
  const rows: { zoneId: string; period: string; value: number }[] = [];
  const [fy, fm] = from.split('-').map(Number);
  const [ty, tm] = to.split('-').map(Number);
  for (const zone of zones) {
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
