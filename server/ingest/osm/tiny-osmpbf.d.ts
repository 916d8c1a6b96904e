declare module 'tiny-osmpbf' {
  /** Parses a whole `.osm.pbf` into Overpass-style OSM JSON. */
  export default function tinyOsmPbf(data: Uint8Array): {
    elements: import('./osmExtract').OsmElement[];
  };
}
