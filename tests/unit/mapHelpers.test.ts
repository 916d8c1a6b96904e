import { describe, expect, it } from 'vitest';
import { snapBbox } from '../../web/map/bbox';
import { footfallShare } from '../../server/domain/footfallShare';
import { counterRadius } from '../../web/map/layers/footfall';
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

  it("puts a counter's figure below the circle MapLibre draws at any zoom", () => {
    // The circle layer: 10 px for the largest at zoom 13, 30 px at 16, never below 6, linear between.
    expect(counterRadius(1, 13)).toBe(10);
    expect(counterRadius(1, 16)).toBe(30);
    expect(counterRadius(1, 14.5)).toBe(20);
    expect(counterRadius(1, 19)).toBe(30);
    expect(counterRadius(0, 15)).toBe(6);
    // Half the largest: 6 px (the floor) at 13, 15 px at 16.
    expect(counterRadius(0.5, 14.5)).toBeCloseTo(10.5);
  });

  it('classifies OpenStreetMap tags as premises kinds', () => {
    expect(premisesKindFromOsmTags({ amenity: 'pub' })).toBe('bar');
    expect(premisesKindFromOsmTags({ shop: 'hairdresser' })).toBe('service');
    expect(premisesKindFromOsmTags({ shop: 'books' })).toBe('retail');
    expect(premisesKindFromOsmTags({ leisure: 'outdoor_seating' })).toBeNull();
  });
});
