import { describe, expect, it } from 'vitest';
import { snapBbox } from '../../web/map/bbox';
import { footfallShare } from '../../server/domain/footfallShare';
import { premisesKindFromOsmTags } from '../../server/domain/premisesKinds';

describe('map helpers', () => {
  it('snaps a viewport outward so nearby pans share a cache key', () => {
    const a = snapBbox([13.0001, 55.6001, 13.0101, 55.6051]);
    const b = snapBbox([13.0003, 55.6003, 13.0103, 55.6053]);
    expect(a).toEqual(b);
    expect(a[0]).toBeLessThanOrEqual(13.0001);
    expect(a[2]).toBeGreaterThanOrEqual(13.0103);
  });

  it('sizes footfall circles by area: four times the count, twice the radius', () => {
    expect(footfallShare(40_000, 40_000)).toBe(1);
    expect(footfallShare(40_000, 40_000)).toBeCloseTo(2 * footfallShare(10_000, 40_000));
    expect(footfallShare(0, 40_000)).toBe(0);
  });

  it('classifies OpenStreetMap tags as premises kinds', () => {
    expect(premisesKindFromOsmTags({ amenity: 'pub' })).toBe('bar');
    expect(premisesKindFromOsmTags({ shop: 'hairdresser' })).toBe('service');
    expect(premisesKindFromOsmTags({ shop: 'books' })).toBe('retail');
    expect(premisesKindFromOsmTags({ leisure: 'outdoor_seating' })).toBeNull();
  });
});
