import { readFileSync } from 'node:fs';
import { XMLParser } from 'fast-xml-parser';
import { insertRows } from '../../store/tables';
import type { SeedContext } from '../context';
import type { RecipeInput } from '../recipe';

const LABELLED_PLACES = new Set(['city', 'town', 'suburb', 'quarter', 'neighbourhood', 'village', 'hamlet', 'island']);

interface OsmNode {
  id: string;
  lat: string;
  lon: string;
  tag?: { k: string; v: string } | { k: string; v: string }[];
}

/** Named places from OSM XML (tätorter, suburbs, …): the labels of the offline base map. */
export async function importOsmPlacesXml(ctx: SeedContext, input: RecipeInput, path: string): Promise<number> {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    isArray: (name) => name === 'node' || name === 'tag',
  });
  const doc = parser.parse(readFileSync(path, 'utf8')) as { osm?: { node?: OsmNode[] } };
  const seen = new Set<string>();
  const rows = (doc.osm?.node ?? []).flatMap((node) => {
    const tags = Object.fromEntries([node.tag ?? []].flat().map((t) => [t.k, t.v]));
    if (!tags.name || !LABELLED_PLACES.has(tags.place)) return [];
    const id = `place-${input.source.id}-${node.id}`;
    if (seen.has(id)) return [];
    seen.add(id);
    const geometry = { type: 'Point' as const, coordinates: [Number(node.lon), Number(node.lat)] };
    return [
      {
        id,
        layer: 'place',
        kind: tags.place,
        name: tags.name,
        geom: geometry,
        source_id: input.source.id,
        generated: false,
      },
    ];
  });
  return insertRows(ctx.tx, 'basemap_features', rows);
}
