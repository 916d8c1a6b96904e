import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import {
  E2E_PLANNER,
  screenshotOnFailure,
  signInThroughUi,
  startWithPlanner,
  waitForMapIdle,
} from '../support/browserApp';
import { startStaticServer } from '../support/staticServer';
import { readArchive } from '../support/pmtilesReader';
import { tilesCovering } from '../../server/tiles/tileMath';

const dir = mkdtempSync(join(tmpdir(), 'platsatlas-export-'));
const exported = join(dir, 'site');

let app: Awaited<ReturnType<typeof startWithPlanner>>['app'];
let page: Page;
let site: Awaited<ReturnType<typeof startStaticServer>>;

beforeAll(async () => {
  ({ app, page } = await startWithPlanner({ width: 1280, height: 800 }));
  // The export as a planner downloads it (the same files `npm run export-public` writes; the
  // command itself is tested in tests/api/exportCli.test.ts), unpacked into a folder.
  const login = await fetch(`${app.server.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: E2E_PLANNER.email, password: E2E_PLANNER.password }),
  });
  const cookie = login.headers.get('set-cookie')!.split(';')[0];
  const zip = await fetch(`${app.server.url}/api/places/stockholm-city/public-export.zip`, {
    headers: { Cookie: cookie },
  });
  for (const [path, bytes] of Object.entries(unzipSync(new Uint8Array(await zip.arrayBuffer())))) {
    const target = join(exported, path.replace(/^stockholm-city-publik-karta\//, ''));
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, bytes);
  }
  site = await startStaticServer(exported);
});
afterEach(async (ctx) => {
  await screenshotOnFailure(page, ctx.task.name, ctx.task.result?.state === 'fail');
});
afterAll(async () => {
  await app.close();
  await site?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** What a reader sees on the public page: the actions, the vacant premises, the footfall line. */
async function whatTheReaderSees(url: string) {
  await page.goto(url);
  await waitForMapIdle(page);
  await page.getByTestId('public-actions').waitFor();
  const actions = await page.getByTestId('public-actions').locator('li button').allTextContents();
  const footfall = await page.getByTestId('public-footfall').locator('p').textContent();
  await page.getByRole('tab', { name: /Lediga lokaler/ }).click();
  const vacancies = await page.getByTestId('public-vacancies').locator('li').allTextContents();
  const buildings = await page.evaluate(() => {
    const map = window.__platsatlas!.map;
    const source = map.getStyle().sources.archive ? 'archive' : 'buildings';
    return map.querySourceFeatures(source, { sourceLayer: 'buildings' }).length;
  });
  return { actions, footfall, vacancies, buildings };
}

describe('the public map as static files', () => {
  it('shows, from a plain static server, the same actions, vacant premises and footfall as /public', async () => {
    const live = await whatTheReaderSees(`${app.server.url}/public`);
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    const failed: string[] = [];
    page.on('response', (r) => r.status() >= 400 && failed.push(`${r.status()} ${r.url()}`));
    const exportedView = await whatTheReaderSees(`${site.url}/`);
    page.removeAllListeners('request');
    page.removeAllListeners('response');

    expect(live.actions.length).toBeGreaterThan(3);
    expect(exportedView.actions).toEqual(live.actions);
    expect(exportedView.vacancies).toEqual(live.vacancies);
    expect(exportedView.footfall).toEqual(live.footfall);
    // The base map is there too, from the archive: real buildings, not a grey page.
    expect(exportedView.buildings).toBeGreaterThan(100);
    expect(failed).toEqual([]);
    expect(
      requests.filter((url) => !url.startsWith(site.url) && !url.startsWith('data:') && !url.startsWith('blob:')),
    ).toEqual([]);
  });

  it('holds no e-mail address, phone number or private person’s name in any file', async () => {
    const db = app.server.db;
    const people = await db.all<{ value: string }>(
      `SELECT name AS value FROM stakeholders WHERE is_private_person
       UNION SELECT email FROM stakeholders WHERE email IS NOT NULL
       UNION SELECT phone FROM stakeholders WHERE phone IS NOT NULL
       UNION SELECT name FROM users UNION SELECT email FROM users`,
    );
    const personal = people.map((p) => p.value).filter((v) => v.length > 3);
    expect(personal.length).toBeGreaterThan(50);
    const walk = (d: string): string[] =>
      readdirSync(d).flatMap((n) => (statSync(join(d, n)).isDirectory() ? walk(join(d, n)) : [join(d, n)]));
    const texts: [string, string][] = [];
    for (const path of walk(exported)) {
      if (!path.endsWith('.pmtiles')) {
        texts.push([relative(exported, path), readFileSync(path, 'utf8')]);
        continue;
      }
      // Every tile of the archive, decoded: the text of its properties.
      const archive = readArchive(readFileSync(path));
      const header = await archive.header();
      const bounds: [number, number, number, number] = [header.minLon, header.minLat, header.maxLon, header.maxLat];
      for (let z = header.minZoom; z <= header.maxZoom; z++) {
        for (const { x, y } of tilesCovering(bounds, z)) {
          const tile = await archive.tile(z, x, y);
          const properties = Object.values(tile?.layers ?? {}).flatMap((layer) =>
            Array.from({ length: layer.length }, (_, i) => JSON.stringify(layer.feature(i).properties)),
          );
          if (properties.length) texts.push([`${z}/${x}/${y}`, properties.join('\n')]);
        }
      }
    }
    expect(texts.length).toBeGreaterThan(50);
    const email = /[\w.+-]+@[\w-]+\.[\w.-]*[a-z]{2,}/i;
    const phone = /(?:\+46|\b0)\d{1,3}[- ]\d{2,3}[- ]?\d{2}[- ]?\d{2}\b/;
    const found = texts.flatMap(([where, text]) =>
      [text.match(email)?.[0], text.match(phone)?.[0], ...personal.filter((value) => text.includes(value))]
        .filter(Boolean)
        .map((hit) => `${where}: ${hit}`),
    );
    expect(found).toEqual([]);
  });

  it('is downloaded by a planner from the map as a zip of the same files', async () => {
    await page.goto(`${app.server.url}/`);
    await waitForMapIdle(page);
    await signInThroughUi(page, E2E_PLANNER);
    await page.getByText('Publicera den publika kartan').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('public-export').click()]);
    expect(download.suggestedFilename()).toBe('stockholm-city-publik-karta.zip');
    // The browser is the run's shared one (a browser server): the file is read through Playwright.
    const chunks: Buffer[] = [];
    for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
    const zipped = unzipSync(Buffer.concat(chunks));
    const paths = Object.keys(zipped).map((p) => p.replace(/^stockholm-city-publik-karta\//, ''));
    const written = readdirSync(exported, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => relative(exported, join(e.parentPath, e.name)));
    expect(paths.sort()).toEqual(written.sort());
  });
});
