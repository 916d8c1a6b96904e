import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sv from '../../web/i18n/sv.json';
import en from '../../web/i18n/en.json';
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

describe('translations', () => {
  it('has English for every Swedish text, and nothing extra', () => {
    expect(keys(en).sort()).toEqual(keys(sv).sort());
  });

  it('has a Swedish text for every literal key the web app asks for', () => {
    const web = fileURLToPath(new URL('../../web/', import.meta.url));
    const used = sourceFiles(web).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/\bt\('([\w.-]+)'/g)].map((m) => m[1]),
    );
    const known = new Set(keys(sv));
    expect(used.length).toBeGreaterThan(50);
    // i18next plurals: t('x', { count }) reads x_one / x_other.
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
