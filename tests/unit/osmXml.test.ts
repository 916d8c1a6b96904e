import { describe, expect, it } from 'vitest';
import { readOsmXml } from '../../server/ingest/osm/readOsmXml';
import { IngestError } from '../../server/ingest/ingestError';

const node = (id: number, lon: number, lat: number, tags = '') =>
  `<node id="${id}" lon="${lon}" lat="${lat}">${tags}</node>`;
const tag = (k: string, v: string) => `<tag k="${k}" v="${v}"/>`;
const way = (id: number, nodes: number[], tags: string) =>
  `<way id="${id}">${nodes.map((n) => `<nd ref="${n}"/>`).join('')}${tags}</way>`;
const osm = (...parts: string[]) => `<?xml version="1.0" encoding="UTF-8"?><osm version="0.6">${parts.join('')}</osm>`;

// A square block of four nodes, a street along it, and a café inside.
const square = [node(1, 18.07, 59.33), node(2, 18.071, 59.33), node(3, 18.071, 59.331), node(4, 18.07, 59.331)];

describe('reading an OpenStreetMap XML extract', () => {
  it('finds a building, a named street and a premises with its address', () => {
    const extract = readOsmXml(
      osm(
        ...square,
        node(
          5,
          18.0705,
          59.3305,
          tag('amenity', 'cafe') +
            tag('name', 'Kaffebaren') +
            tag('addr:street', 'Testgatan') +
            tag('addr:housenumber', '3'),
        ),
        way(10, [1, 2, 3, 4, 1], tag('building', 'yes')),
        way(11, [1, 2], tag('highway', 'residential') + tag('name', 'Testgatan')),
        node(6, 18.0701, 59.3301, tag('amenity', 'bench')),
      ),
    );
    expect(extract.buildings).toHaveLength(1);
    expect(extract.buildings[0].geometry.type).toBe('Polygon');
    expect(extract.streets.map((s) => s.name)).toEqual(['Testgatan']);
    expect(extract.premises).toEqual([
      { osmId: 'node/5', name: 'Kaffebaren', kind: 'cafe', address: 'Testgatan 3', position: [18.0705, 59.3305] },
    ]);
  });

  it('leaves out a multipolygon whose members lie outside the extract, and says so', () => {
    const extract = readOsmXml(
      osm(
        ...square,
        way(10, [1, 2, 3, 4, 1], ''),
        `<relation id="20"><member type="way" ref="10" role="outer"/><member type="way" ref="99" role="outer"/>${tag('type', 'multipolygon')}${tag('building', 'yes')}</relation>`,
      ),
    );
    expect(extract.buildings).toEqual([]);
    expect(extract.rejected).toEqual([{ osmId: 'relation/20', reason: expect.stringContaining('ofullständig') }]);
  });

  it('refuses a file with a way whose nodes are missing', () => {
    const broken = osm(node(1, 18.07, 59.33), way(10, [1, 2, 3, 1], tag('building', 'yes')));
    expect(() => readOsmXml(broken)).toThrow(IngestError);
    expect(() => readOsmXml(broken)).toThrow(/way\/10/);
  });

  it('refuses XML that is no OpenStreetMap data', () => {
    expect(() => readOsmXml('<gpx version="1.1"></gpx>')).toThrow(/ingen OpenStreetMap/);
  });
});
