import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { z } from 'zod';
import type { Db } from '../store/db';
import { csvColumns, decodeText, guessMapping, withCsv } from '../ingest/csv/csvTable';
import { IngestError } from '../ingest/ingestError';
import type { CsvImporter } from '../ingest/csv/importer';
import { footfallImporter } from '../ingest/csv/footfall';
import { footfallStationsImporter } from '../ingest/csv/footfallStations';
import { premisesStatusImporter } from '../ingest/csv/premisesStatus';
import { turnoverIndexImporter } from '../ingest/csv/turnoverIndex';
import { requireRole } from '../auth/session';
import { forgetDistrictScopes } from '../services/districtScope';
import { validate } from '../http/validate';
import { ApiError } from '../http/errors';
import type { AppEnv } from '../http/env';

const MAX_BYTES = 200 * 1024 * 1024;

const IMPORTERS: Record<string, CsvImporter> = {
  footfall: footfallImporter,
  'premises-status': premisesStatusImporter,
  'turnover-index': turnoverIndexImporter,
  'footfall-stations': footfallStationsImporter,
};

const params = z.object({
  kind: z.enum(Object.keys(IMPORTERS) as [string, ...string[]], {
    error: `Okänd import; välj ${Object.keys(IMPORTERS).join(', ')}`,
  }),
});
// The mapping comes as one query parameter per field: ?counter=Sensor&timestamp=Tid
const query = z.object({ mode: z.enum(['preview', 'commit']).default('preview') }).catchall(z.string().max(200));

/**
 * CSV imports, all-or-nothing: `mode=preview` reads the file, guesses the column mapping and
 * lists every problem by row; `mode=commit` stores it only if there is no problem at all.
 * The file is the request body (text/csv) or a multipart field `file`.
 */
export function importRoutes(db: Db) {
  return new Hono<AppEnv>().use('*', requireRole('planner')).post(
    '/:kind',
    bodyLimit({
      maxSize: MAX_BYTES,
      onError: () => {
        throw new ApiError(413, 'too_large', 'Filen är för stor: högst 200 MB. Dela upp den. (File too large.)');
      },
    }),
    validate('param', params),
    validate('query', query),
    async (c) => {
      const importer = IMPORTERS[c.req.valid('param').kind];
      const { mode, ...given } = c.req.valid('query');
      const { csv, fileName } = await readCsv(c.req.raw);
      try {
        return await withCsv(db, csv, async (tx, table) => {
          const columns = await csvColumns(tx, table);
          const chosen = Object.fromEntries(importer.fields.filter((f) => given[f]).map((f) => [f, given[f]]));
          const mapping: Record<string, string | undefined> = { ...guessMapping(columns, importer.guesses), ...chosen };
          const missing = importer.fields.filter((f) =>
            mapping[f] ? !columns.includes(mapping[f]) : !importer.optional?.includes(f),
          );
          if (missing.length) {
            throw new ApiError(
              422,
              'mapping_needed',
              `Ange vilken kolumn som är ${missing.join(', ')}. Filens kolumner: ${columns.join(', ')}.`,
              { fields: importer.fields, columns, mapping, missing },
            );
          }
          const { rows, errors } = await importer.parse(tx, table, mapping as Record<string, string>);
          if (mode === 'preview')
            return c.json({
              mode,
              fields: importer.fields,
              columns,
              mapping,
              rows,
              errors,
              preview: await importer.preview(tx, table),
            });
          if (errors.length)
            throw new ApiError(422, 'invalid_rows', `${errors.length} rader har fel; inget har sparats.`, {
              errors,
              rows,
            });
          const stored = await importer.store(tx, table, c.get('user')!.id, fileName);
          // New or moved counters change which lie inside each district.
          forgetDistrictScopes(db);
          return c.json({ mode, rows, ...stored });
        });
      } catch (error) {
        if (error instanceof IngestError) throw new ApiError(422, 'invalid_file', error.message, error.details);
        throw error;
      }
    },
  );
}

async function readCsv(req: Request): Promise<{ csv: string; fileName: string }> {
  let csv: string;
  let fileName = 'upload.csv';
  if ((req.headers.get('Content-Type') ?? '').startsWith('multipart/form-data')) {
    const file = (await req.formData()).get('file');
    if (!(file instanceof File)) throw new ApiError(400, 'no_file', 'Välj en CSV-fil att läsa in. (No file.)');
    csv = decodeText(new Uint8Array(await file.arrayBuffer()));
    fileName = file.name;
  } else {
    csv = decodeText(new Uint8Array(await req.arrayBuffer()));
  }
  if (!csv.trim()) throw new ApiError(400, 'empty_file', 'Filen är tom. (Empty file.)');
  return { csv: csv.replace(/^\uFEFF/, ''), fileName };
}
