import { describe, expect, it } from 'vitest';
import { detectCrs, swerefToWgs84, wgs84ToSweref } from '../../server/domain/sweref';

describe('SWEREF 99 TM', () => {
  it('puts Stortorget in Malmö where the national grid has it', () => {
    const [e, n] = wgs84ToSweref([13.0011, 55.6059]);
    expect(e).toBeGreaterThan(373_900);
    expect(e).toBeLessThan(374_300);
    expect(n).toBeGreaterThan(6_163_900);
    expect(n).toBeLessThan(6_164_200);
    expect(swerefToWgs84([e, n])).toEqual([13.0011, 55.6059]);
  });

  it('detects the CRS from the crs member or from the coordinates', () => {
    const metres = { type: 'Point' as const, coordinates: [374_000, 6_164_000] };
    const degrees = { type: 'Point' as const, coordinates: [13, 55.6] };
    expect(detectCrs({ crs: { properties: { name: 'urn:ogc:def:crs:EPSG::3006' } } }, degrees)).toBe('EPSG:3006');
    expect(detectCrs({}, metres)).toBe('EPSG:3006');
    expect(detectCrs({}, degrees)).toBe('EPSG:4326');
  });
});
