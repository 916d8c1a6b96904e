import type { GeoJSONSourceSpecification } from 'maplibre-gl';

/**
 * A GeoJSON source for a page's few features (counters, place names, districts, public actions
 * and vacancies): cut into tiles no deeper than zoom 13 and over-zoomed beyond, so a centre's
 * view is one to four of its tiles instead of eight to twelve (MapLibre cuts to zoom 18 by
 * default). Fewer tiles for the map's worker to lay out, fewer labels waiting on glyphs, fewer
 * draws in every frame: measured on the planner's first map, the counters' and place names'
 * tiles came in two waves, each followed by a frame. Not simplified, so a district's boundary
 * stays on its parcels' edges when zoomed in; at zoom 13 a tile's grid is 0.3 m here, as fine
 * as the parcels' own vector tiles.
 */
export function fewFeaturesSource(): GeoJSONSourceSpecification {
  return { type: 'geojson', data: { type: 'FeatureCollection', features: [] }, maxzoom: 13, tolerance: 0 };
}
