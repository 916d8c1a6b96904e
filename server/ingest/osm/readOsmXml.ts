import { XMLParser } from 'fast-xml-parser';
import { IngestError } from '../ingestError';
import { extractFromElements, type OsmElement, type OsmExtract } from './osmExtract';

type XmlTag = { k: string; v: string };
type XmlNode = { id: string; lat: string; lon: string; tag?: XmlTag[] };
type XmlWay = { id: string; nd?: { ref: string }[]; tag?: XmlTag[] };
type XmlRelation = { id: string; member?: { type: string; ref: string; role?: string }[]; tag?: XmlTag[] };

const tagsOf = (tags: XmlTag[] | undefined) =>
  tags ? Object.fromEntries(tags.map((t) => [t.k, String(t.v)])) : undefined;

/** OSM XML (as openstreetmap.org or Overpass export it) as OSM JSON elements. */
function parseXml(xml: string): OsmElement[] {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    parseAttributeValue: false,
    isArray: (name) => ['node', 'way', 'relation', 'tag', 'nd', 'member'].includes(name),
  });
  let doc: { osm?: { node?: XmlNode[]; way?: XmlWay[]; relation?: XmlRelation[] } };
  try {
    doc = parser.parse(xml);
  } catch (error) {
    throw new IngestError(`Filen är ingen läsbar OSM XML: ${(error as Error).message.split('\n')[0]}`);
  }
  if (!doc.osm) throw new IngestError('Filen är XML men ingen OpenStreetMap-data (inget <osm>-element).');
  return [
    ...(doc.osm.node ?? []).map((n): OsmElement => ({
      type: 'node',
      id: Number(n.id),
      lat: Number(n.lat),
      lon: Number(n.lon),
      tags: tagsOf(n.tag),
    })),
    ...(doc.osm.way ?? []).map((w): OsmElement => ({
      type: 'way',
      id: Number(w.id),
      nodes: (w.nd ?? []).map((nd) => Number(nd.ref)),
      tags: tagsOf(w.tag),
    })),
    ...(doc.osm.relation ?? []).map((r): OsmElement => ({
      type: 'relation',
      id: Number(r.id),
      tags: tagsOf(r.tag),
      members: (r.member ?? []).map((m) => ({ type: m.type, ref: Number(m.ref), role: m.role ?? '' })),
    })),
  ];
}

/** An OpenStreetMap XML extract (as openstreetmap.org or Overpass export it). */
export function readOsmXml(xml: string): OsmExtract {
  return extractFromElements(parseXml(xml));
}
