import { afterAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { demoTemplate } from '../support/seededDb';

/** `npm run export-public -- --place <id> <dir>` (minus its `vite build`), as a planner runs it. */
const root = fileURLToPath(new URL('../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'platsatlas-export-cli-'));
const dbPath = join(dir, 'cli.duckdb');
copyFileSync(demoTemplate(), dbPath);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function runExport(...args: string[]) {
  try {
    const { stdout, stderr } = await promisify(execFile)(
      join(root, 'node_modules/.bin/tsx'),
      ['scripts/export-public.ts', ...args],
      { cwd: root, env: { ...process.env, PLATSATLAS_DB: dbPath } },
    );
    return { code: 0, out: stdout + stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, out: e.stdout + e.stderr };
  }
}

describe('npm run export-public', () => {
  // Needs the built app (npm test builds it first), as the command does.
  it('writes index.html, one .pmtiles archive and the public answers, and nothing that needs the server', async () => {
    const out = join(dir, 'site');
    const { code, out: printed } = await runExport('--place', 'stockholm-city', out);
    expect(code, printed).toBe(0);
    expect(printed).toMatch(/Wrote the public map of stockholm-city/);
    const files = readdirSync(out, { recursive: true }) as string[];
    expect(files.filter((f) => f.endsWith('.pmtiles'))).toEqual(['stockholm-city.pmtiles']);
    expect(files).toContain('index.html');
    const page = readFileSync(join(out, 'index.html'), 'utf8');
    expect(page).toContain('name="platsatlas-export"');
    // Every address in the page is relative: no /api, no root-absolute asset.
    expect(page).not.toMatch(/(src|href)="\/(?!\/)/);
    expect(JSON.parse(readFileSync(join(out, 'data/public/actions.json'), 'utf8')).actions.length).toBeGreaterThan(3);
  });

  it('names the places when the place is unknown, and writes nothing', async () => {
    const out = join(dir, 'nowhere');
    const { code, out: printed } = await runExport('--place', 'atlantis', out);
    expect(code).toBe(1);
    expect(printed).toContain('atlantis');
    expect(printed).toContain('stockholm-city');
    expect(existsSync(out)).toBe(false);
  });

  it('says how to use it when the folder is missing', async () => {
    const { code, out: printed } = await runExport('--place', 'stockholm-city');
    expect(code).toBe(2);
    expect(printed).toContain('Usage: npm run export-public');
  });
});
