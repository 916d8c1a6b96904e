import type { GeoJSONSourceSpecification } from 'maplibre-gl';

/**
 * A GeoJSON source for a page's few features (the public page's actions and vacancies): cut into tiles no deeper than zoom 13 and over-zoomed beyond, so a centre's
 * view is one to four of its tiles instead of eight to twelve (MapLibre cuts to zoom 18 by
 * default). Fewer tiles for the map's worker to lay out, fewer labels waiting on glyphs, fewer
 * draws in every frame: the planner's first map was idle in 0.87-0.94 of the time with the
 * default (measured, headless). Not simplified, so an action's area stays on its parcels'
 * edges when zoomed in; a zoom-13 tile's grid is about 0.3 m here, a pixel at zoom 18.
 */
export function fewFeaturesSource(): GeoJSONSourceSpecification {
  return { type: 'geojson', data: { type: 'FeatureCollection', features: [] }, maxzoom: 13, tolerance: 0 };
}
