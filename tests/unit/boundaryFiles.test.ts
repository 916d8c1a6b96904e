import { describe, expect, it } from 'vitest';
import { readBoundaryFile } from '../../web/panels/boundaryFiles';
import { wgs84ToSweref } from '../../server/domain/sweref';

const file = (content: unknown) =>
  new File([typeof content === 'string' ? content : JSON.stringify(content)], 'boundary.geojson');

describe('importing a boundary file', () => {
  it('takes a polygon in SWEREF 99 TM and returns it in WGS 84', async () => {
    const [e, n] = wgs84ToSweref([13.0011, 55.6059]);
    const result = await readBoundaryFile(
      file({
        type: 'FeatureCollection',
        crs: { type: 'name', properties: { name: 'EPSG:3006' } },
        features: [
          {
            type: 'Feature',
            properties: {},
            geometry: {
              type: 'Polygon',
              coordinates: [
                [
                  [e, n],
                  [e + 100, n],
                  [e + 100, n + 100],
                  [e, n],
                ],
              ],
            },
          },
        ],
      }),
    );
    if (!('polygon' in result)) throw new Error(JSON.stringify(result));
    expect(result.polygon.coordinates[0][0]).toEqual([13.0011, 55.6059]);
  });

  it('says why a file cannot be used', async () => {
    expect(await readBoundaryFile(file('not json'))).toEqual({ error: 'notGeojson' });
    expect(await readBoundaryFile(file({ type: 'Point', coordinates: [13, 55.6] }))).toEqual({ error: 'noPolygon' });
    expect(
      await readBoundaryFile(
        file({
          type: 'MultiPolygon',
          coordinates: [
            [
              [
                [13, 55.6],
                [13.01, 55.6],
                [13, 55.61],
                [13, 55.6],
              ],
            ],
            [
              [
                [13.1, 55.6],
                [13.11, 55.6],
                [13.1, 55.61],
                [13.1, 55.6],
              ],
            ],
          ],
        }),
      ),
    ).toEqual({ error: 'multiPart' });
  });
});
