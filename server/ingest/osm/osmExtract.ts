import osmtogeojson from 'osmtogeojson';
import { pointOnFeature } from '@turf/turf';
import type { Feature, Geometry, LineString, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import { premisesKindFromOsmTags, type PremisesKind } from '../../domain/premisesKinds';
import { IngestError } from '../ingestError';

/** What a town centre needs from an OpenStreetMap extract. */
export interface OsmExtract {
  buildings: { osmId: string; kind: string; name: string | null; geometry: Polygon | MultiPolygon }[];
  /** Every `highway` line or area (a square, a pedestrian street); `name` set on named ones. */
  streets: {
    osmId: string;
    kind: string;
    name: string | null;
    geometry: LineString | MultiLineString | Polygon | MultiPolygon;
  }[];
  premises: { osmId: string; name: string | null; kind: PremisesKind; address: string | null; position: Position }[];
  addresses: number;
  /** Features left out, each with the reason (an incomplete relation is reported, never guessed). */
  rejected: { osmId: string; reason: string }[];
}

export interface OsmElement {
  type: 'node' | 'way' | 'relation';
  id: number;
  lat?: number;
  lon?: number;
  nodes?: number[];
  members?: { type: string; ref: number; role: string }[];
  tags?: Record<string, string>;
}

/**
 * A bbox export from OpenStreetMap holds every node of the ways it contains; a way whose nodes
 * are missing means a damaged or hand-cut file, and nothing of it can be trusted.
 */
function checkWaysComplete(elements: OsmElement[]) {
  const nodes = new Set(elements.filter((e) => e.type === 'node').map((e) => e.id));
  const broken = elements.filter((e) => e.type === 'way' && e.nodes!.some((id) => !nodes.has(id)));
  if (broken.length) {
    const ids = broken
      .slice(0, 5)
      .map((w) => `way/${w.id}`)
      .join(', ');
    throw new IngestError(
      `${broken.length} väg(ar) i filen pekar på noder som saknas (${ids}${broken.length > 5 ? ' …' : ''}). Filen verkar skadad eller avklippt; exportera området på nytt.`,
      { waysWithMissingNodes: broken.map((w) => `way/${w.id}`) },
    );
  }
}

/**
 * Relations some of whose members are not in the file: a bbox export cuts them at its edge.
 * osmtogeojson would draw what is there; a part of a building is no building, so they are left out.
 */
function incompleteRelations(elements: OsmElement[]): Set<string> {
  const present = new Set(elements.map((e) => `${e.type}/${e.id}`));
  return new Set(
    elements
      .filter((e) => e.type === 'relation' && e.members!.some((m) => !present.has(`${m.type}/${m.ref}`)))
      .map((e) => `relation/${e.id}`),
  );
}

function address(tags: Record<string, string>): string | null {
  const street = tags['addr:street']?.trim();
  if (!street) return null;
  const number = tags['addr:housenumber']?.trim();
  return number ? `${street} ${number}` : street;
}

const isArea = (g: Geometry): g is Polygon | MultiPolygon => g.type === 'Polygon' || g.type === 'MultiPolygon';
const isLine = (g: Geometry): g is LineString | MultiLineString =>
  g.type === 'LineString' || g.type === 'MultiLineString';

/**
 * OpenStreetMap elements (from XML or PBF) into buildings (closed ways and multipolygon
 * relations), highway lines, premises (shops, eating and drinking places, banks, pharmacies,
 * offices, crafts, gyms; areas by a point inside them) and a count of addresses.
 */
export function extractFromElements(elements: OsmElement[]): OsmExtract {
  checkWaysComplete(elements);
  const incomplete = incompleteRelations(elements);
  const geojson = osmtogeojson({ elements }, { flatProperties: true });
  const extract: OsmExtract = { buildings: [], streets: [], premises: [], addresses: 0, rejected: [] };
  for (const feature of geojson.features as Feature<Geometry, Record<string, string | boolean>>[]) {
    const p = feature.properties;
    const osmId = String(feature.id ?? p.id);
    const tags = Object.fromEntries(Object.entries(p).filter(([, v]) => typeof v === 'string')) as Record<
      string,
      string
    >;
    const name = tags.name?.trim() || null;
    const kind = premisesKindFromOsmTags(tags);
    const wanted = Boolean(tags.building || tags.highway || kind);
    if (p.tainted || incomplete.has(osmId)) {
      if (wanted) extract.rejected.push({ osmId, reason: 'ofullständig relation: delar ligger utanför utdraget' });
      continue;
    }
    if (tags['addr:housenumber']) extract.addresses++;
    if (tags.building && isArea(feature.geometry)) {
      extract.buildings.push({ osmId, kind: tags.building, name, geometry: feature.geometry });
    }
    if (tags.highway && (isLine(feature.geometry) || isArea(feature.geometry))) {
      extract.streets.push({ osmId, kind: tags.highway, name, geometry: feature.geometry });
    }
    if (kind) {
      const position =
        feature.geometry.type === 'Point' ? feature.geometry.coordinates : pointOnFeature(feature).geometry.coordinates;
      extract.premises.push({ osmId, name, kind, address: address(tags), position });
    }
  }
  return extract;
}
