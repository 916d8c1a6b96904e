import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import svPublic from '../../web/i18n/sv/public.json';
import svWorkspace from '../../web/i18n/sv/workspace.json';
import enPublic from '../../web/i18n/en/public.json';
import enWorkspace from '../../web/i18n/en/workspace.json';
import { CHECKLIST_ITEMS, DOCUMENT_KINDS, PROCESS_STEPS } from '../../server/domain/bidProcess';
import { FOCUS_AREAS } from '../../server/domain/actionPlan';
import { ERROR_CODES, GEOMETRY_PROBLEMS } from '../../server/domain/errorCodes';

const keys = (obj: object, prefix = ''): string[] =>
  Object.entries(obj).flatMap(([k, v]) =>
    typeof v === 'object' && v !== null ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`],
  );

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

const sv = { ...svPublic, ...svWorkspace };
const en = { ...enPublic, ...enWorkspace };
const web = fileURLToPath(new URL('../../web/', import.meta.url));
const literalKeys = (file: string) => [...readFileSync(file, 'utf8').matchAll(/\bt\('([\w.-]+)'/g)].map((m) => m[1]);

/** The web files a page's code reaches through its imports (static and on demand), the page's own file first. */
function reachedFrom(file: string, into = new Set<string>()): Set<string> {
  if (into.has(file)) return into;
  into.add(file);
  for (const [, path] of readFileSync(file, 'utf8').matchAll(/(?:from|import\()\s*'(\.{1,2}\/[^']+)'/g)) {
    const base = join(dirname(file), path);
    const found = ['.ts', '.tsx', '/index.ts'].map((ext) => base + ext).find((f) => existsSync(f));
    if (found?.startsWith(web)) reachedFrom(found, into);
  }
  return into;
}

describe('translations', () => {
  it('has English for every Swedish text, and nothing extra, part by part', () => {
    expect(keys(enPublic).sort()).toEqual(keys(svPublic).sort());
    expect(keys(enWorkspace).sort()).toEqual(keys(svWorkspace).sort());
  });

  it('keeps the parts apart: no section is in both', () => {
    expect(Object.keys(svPublic).filter((section) => section in svWorkspace)).toEqual([]);
  });

  it("has the public page's texts in the part that comes with the app, not the workspace's", () => {
    const files = [...reachedFrom(join(web, 'pages/PublicMapPage.tsx'))];
    expect(files.some((f) => f.endsWith('ActionTimeline.tsx'))).toBe(true);
    expect(files.some((f) => f.includes('/workspace/'))).toBe(false);
    const known = new Set(keys(svPublic));
    const used = files.flatMap(literalKeys);
    expect(used.length).toBeGreaterThan(15);
    expect(used.filter((k) => !known.has(k) && !known.has(`${k}_other`))).toEqual([]);
    // Keys made from data (`kinds.${kind}`) name their section: those must be public too.
    const sections = files.flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/\bt\(`(\w+)\./g)].map((m) => m[1]));
    expect(sections.filter((section) => !(section in svPublic))).toEqual([]);
  });

  it('has a Swedish text for every literal key the web app asks for', () => {
    const used = sourceFiles(web).flatMap(literalKeys);
    const known = new Set(keys(sv));
    expect(used.length).toBeGreaterThan(50);
    // Plurals: t('x', { count }) reads x_one / x_other.
    expect(used.filter((k) => !known.has(k) && !known.has(`${k}_other`))).toEqual([]);
  });

  it('names every step, checklist item, document kind and focus area the server knows', () => {
    const known = new Set(keys(sv));
    const wanted = [
      ...PROCESS_STEPS.map((s) => `process.steps.${s.number}`),
      ...PROCESS_STEPS.map((s) => `process.phase.${s.phase}`),
      ...CHECKLIST_ITEMS.map((i) => `process.items.${i}`),
      ...DOCUMENT_KINDS.map((k) => `process.documentKinds.${k}`),
      ...['done', 'late', 'in-progress', 'upcoming'].map((s) => `process.status.${s}`),
      ...FOCUS_AREAS.map((f) => `focusAreas.${f}`),
    ];
    expect(wanted.filter((k) => !known.has(k))).toEqual([]);
  });

  it('has a text in both languages for every error code and boundary problem the API answers with', () => {
    const wanted = [...ERROR_CODES.map((c) => `errors.${c}`), ...GEOMETRY_PROBLEMS.map((p) => `errors.geometry.${p}`)];
    expect(wanted.filter((k) => !new Set(keys(sv)).has(k))).toEqual([]);
    expect(wanted.filter((k) => !new Set(keys(en)).has(k))).toEqual([]);
  });
});
