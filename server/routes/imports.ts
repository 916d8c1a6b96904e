import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { z } from 'zod';
import type { Db } from '../store/db';
import { csvColumns, guessMapping, parseFootfall, previewRows, storeFootfall, withCsv, type ColumnMapping } from '../store/footfallImport';
import { requireRole } from '../auth/session';
import { validate } from '../http/validate';
import { ApiError } from '../http/errors';
import type { AppEnv } from '../http/env';

const MAX_BYTES = 200 * 1024 * 1024;

const query = z.object({
  mode: z.enum(['preview', 'commit']).default('preview'),
  counter: z.string().optional(), timestamp: z.string().optional(), count: z.string().optional(),
});

/**
 * CSV imports, all-or-nothing: `mode=preview` reads the file, guesses the column mapping and
 * lists every problem by row; `mode=commit` stores it only if there is no problem at all.
 * The file is the request body (text/csv) or a multipart field `file`.
 */
export function importRoutes(db: Db) {
  return new Hono<AppEnv>()
    .use('*', requireRole('planner'))
    .post('/footfall', bodyLimit({
      maxSize: MAX_BYTES,
      onError: () => { throw new ApiError(413, 'too_large', 'Filen är för stor: högst 200 MB. Dela upp den. (File too large.)'); },
    }), validate('query', query), async (c) => {
      const { mode, ...given } = c.req.valid('query');
      const type = c.req.header('Content-Type') ?? '';
      let csv: string;
      let fileName = 'upload.csv';
      if (type.startsWith('multipart/form-data')) {
        const file = (await c.req.parseBody()).file;
        if (!(file instanceof File)) throw new ApiError(400, 'no_file', 'Välj en CSV-fil att läsa in. (No file.)');
        csv = await file.text();
        fileName = file.name;
      } else {
        csv = await c.req.text();
      }
      if (!csv.trim()) throw new ApiError(400, 'empty_file', 'Filen är tom. (Empty file.)');
      return withCsv(db, csv.replace(/^\uFEFF/, ''), async (tx, table) => {
        const columns = await csvColumns(tx, table);
        const mapping = { ...guessMapping(columns), ...Object.fromEntries(Object.entries(given).filter(([, v]) => v)) } as Partial<ColumnMapping>;
        const missing = (['counter', 'timestamp', 'count'] as const).filter((k) => !mapping[k] || !columns.includes(mapping[k]!));
        if (missing.length) {
          throw new ApiError(422, 'mapping_needed', `Ange vilken kolumn som är ${missing.join(', ')}. Filens kolumner: ${columns.join(', ')}.`, { columns, mapping, missing });
        }
        const { rows, errors } = await parseFootfall(tx, table, mapping as ColumnMapping);
        if (mode === 'preview') return c.json({ mode, columns, mapping, rows, errors, preview: await previewRows(tx, table) });
        if (errors.length) throw new ApiError(422, 'invalid_rows', `${errors.length} rader har fel; inget har sparats.`, { errors, rows });
        const result = await storeFootfall(tx, table, c.get('user')!.id, fileName);
        return c.json({ mode, rows, ...result });
      });
    });
}
