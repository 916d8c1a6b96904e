import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const eslint = new ESLint({ cwd: root });

/** The import-rule problems ESLint finds in `code` as if it were the file at `path`. */
async function importProblems(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${root}${path}` });
  return result.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('the import rule between the layers', () => {
  it('fails a web file that imports the store', async () => {
    const problems = await importProblems(
      'web/panels/Bad.tsx',
      "import { Db } from '../../server/store/db';\nexport const x = Db;\n",
    );
    expect(problems).toEqual([expect.stringContaining('only the core')]);
  });

  it('fails a web file that imports code from the API module, and lets its types through', async () => {
    expect(
      await importProblems(
        'web/api/bad.ts',
        "import { createApp } from '../../server/app';\nexport const x = createApp;\n",
      ),
    ).toHaveLength(1);
    expect(
      await importProblems(
        'web/api/good.ts',
        "import type { ApiType } from '../../server/app';\nexport type X = ApiType;\n",
      ),
    ).toEqual([]);
  });

  it('lets the web app import the core', async () => {
    expect(
      await importProblems(
        'web/panels/Good.tsx',
        "import { FOCUS_AREAS } from '../../server/domain/actionPlan';\nexport const x = FOCUS_AREAS;\n",
      ),
    ).toEqual([]);
  });

  it('keeps the core free of Node, DuckDB and the rest of the server', async () => {
    const code =
      "import { readFileSync } from 'node:fs';\nimport { DuckDBInstance } from '@duckdb/node-api';\nimport { Db } from '../store/db';\nexport const x = [readFileSync, DuckDBInstance, Db];\n";
    expect(await importProblems('server/domain/bad.ts', code)).toHaveLength(3);
  });

  it('fails a server file that imports from scripts/', async () => {
    expect(
      await importProblems('server/bad.ts', "import { x } from '../scripts/seed';\nexport const y = x;\n"),
    ).toHaveLength(1);
  });

  it('fails a script that reaches into the ingest internals', async () => {
    expect(
      await importProblems(
        'scripts/bad.ts',
        "import { generateFabric } from '../server/ingest/generators/townFabric';\nexport const y = generateFabric;\n",
      ),
    ).toHaveLength(1);
  });
});
