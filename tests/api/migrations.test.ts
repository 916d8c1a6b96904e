import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededDb } from '../support/seededDb';
import { migrate } from '../../server/store/schema';
import { insertRows } from '../../server/store/tables';

let env: Awaited<ReturnType<typeof seededDb>>;
beforeAll(async () => {
  env = await seededDb();
});
afterAll(() => env.cleanup());

const street = (id: string, generated: boolean) => ({
  id,
  layer: 'road',
  kind: 'residential',
  geom: {
    type: 'LineString' as const,
    coordinates: [
      [13.0, 55.605],
      [13.002, 55.605],
    ],
  },
  source_id: generated ? 'generated' : 'osm-malmo',
  generated,
});

describe('a database seeded before the seed stopped making up streets', () => {
  it('loses the made-up streets and buildings when opened, and keeps every imported one', async () => {
    await env.db.transaction(async (tx) => {
      await insertRows(tx, 'basemap_features', [street('road-made-up', true), street('road-imported', false)]);
      // As a file from before the migration would be.
      await tx.run("UPDATE meta SET value = '13' WHERE key = 'schema_version'");
    });
    await migrate(env.db);
    const ids = (await env.db.all<{ id: string }>("SELECT id FROM basemap_features WHERE id LIKE 'road-%'")).map(
      (r) => r.id,
    );
    expect(ids).toEqual(['road-imported']);
    const version = await env.db.one<{ value: string }>("SELECT value FROM meta WHERE key = 'schema_version'");
    expect(Number(version!.value)).toBeGreaterThanOrEqual(14);
  });
});
