import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { demoTemplate } from '../support/seededDb';
import { Db } from '../../server/store/db';

/** `npm run import -- --place <id> <file>`, as a planner runs it on the command line. */
const root = fileURLToPath(new URL('../../', import.meta.url));
const STOCKHOLM = join(root, 'data/stockholm/stockholm-city-2020.osm');
const FRUANGEN = join(root, 'data/stockholm/fruangen-centrum-2020.osm');
const dir = mkdtempSync(join(tmpdir(), 'platsatlas-import-cli-'));
const dbPath = join(dir, 'cli.duckdb');

async function runImport(...args: string[]) {
  try {
    const { stdout, stderr } = await promisify(execFile)(
      join(root, 'node_modules/.bin/tsx'),
      ['scripts/import.ts', ...args],
      {
        cwd: root,
        env: { ...process.env, PLATSATLAS_DB: dbPath },
      },
    );
    return { code: 0, out: stdout + stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, out: e.stdout + e.stderr };
  }
}

async function count(sql: string) {
  const db = await Db.open(dbPath);
  try {
    return (await db.one<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM (${sql})`))!.n;
  } finally {
    db.close();
  }
}

beforeAll(() => copyFileSync(demoTemplate(), dbPath));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('importing an OpenStreetMap extract into a place from the command line', () => {
  it('imports the same extract again without changes', async () => {
    const { code, out } = await runImport('--place', 'stockholm-city', STOCKHOLM);
    expect(code).toBe(0);
    expect(out).toContain('buildings 180');
    expect(out).toMatch(/premises: 0 new, 0 changed, 780 unchanged/);
    expect(out).toContain('left out 15');
  }, 60_000);

  it('reports new, changed and gone premises of a newer extract, and keeps the gone ones', async () => {
    const xml = readFileSync(STOCKHOLM, 'utf8');
    const shops = [...xml.matchAll(/<node id="(\d+)"[^>]*>(?:(?!<\/node>)[\s\S])*?<tag k="shop"/g)].map((m) => m[1]);
    const [goneId, renamedId] = shops;
    const newer = xml
      .replace(new RegExp(`<node id="${goneId}"[\\s\\S]*?</node>`), '')
      .replace(new RegExp(`(<node id="${renamedId}"[\\s\\S]*?<tag k="name" v=")[^"]*(")`), '$1Nya namnet$2')
      .replace(
        '</osm>',
        '<node id="99999999001" lat="59.3370" lon="18.0700" version="1"><tag k="shop" v="books"/><tag k="name" v="Ny bokhandel"/></node></osm>',
      );
    const file = join(dir, 'newer.osm');
    writeFileSync(file, newer);
    const { code, out } = await runImport('--place', 'stockholm-city', file);
    expect(code).toBe(0);
    expect(out).toMatch(/premises: 1 new, 1 changed, 778 unchanged/);
    expect(out).toContain('1 premises are no longer in OpenStreetMap');
    expect(await count(`SELECT 1 FROM premises WHERE osm_id = 'node/${goneId}'`)).toBe(1); // kept
    expect(await count("SELECT 1 FROM premises WHERE name = 'Nya namnet'")).toBe(1);
    expect(
      await count(
        "SELECT 1 FROM premises p JOIN premises_status s ON s.premises_id = p.id WHERE p.name = 'Ny bokhandel' AND s.status = 'occupied'",
      ),
    ).toBe(1);
  }, 60_000);

  it('refuses a file of another place and changes nothing', async () => {
    const before = await count("SELECT 1 FROM basemap_features WHERE layer = 'building' AND min_x > 18.06");
    const { code, out } = await runImport('--place', 'stockholm-city', FRUANGEN);
    expect(code).toBe(1);
    expect(out).toContain('Inget i filen ligger inom Stockholm City');
    expect(await count("SELECT 1 FROM basemap_features WHERE layer = 'building' AND min_x > 18.06")).toBe(before);
  }, 60_000);

  it('names what a file is when it cannot read it, and an unknown place', async () => {
    const gpkg = join(dir, 'parcels.gpkg');
    writeFileSync(gpkg, Buffer.concat([Buffer.from('SQLite format 3\0'), Buffer.alloc(100)]));
    const refused = await runImport('--place', 'stockholm-city', gpkg);
    expect(refused.code).toBe(1);
    expect(refused.out).toContain('GeoPackage');
    const unknown = await runImport('--place', 'atlantis', STOCKHOLM);
    expect(unknown.code).toBe(1);
    expect(unknown.out).toContain('Platsen "atlantis" finns inte');
  }, 60_000);

  it('says clearly that the database is in use while the server holds it', async () => {
    const server = await Db.open(dbPath);
    try {
      const { code, out } = await runImport('--place', 'stockholm-city', STOCKHOLM);
      expect(code).toBe(1);
      expect(out).toContain('in use by the running Platsatlas server');
    } finally {
      server.close();
    }
  }, 60_000);
});
