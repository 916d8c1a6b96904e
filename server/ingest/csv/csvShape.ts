import { IngestError } from '../ingestError';

/** More columns than any register extract or counter export has; DuckDB's sniffer must not see 100 000. */
export const MAX_CSV_COLUMNS = 200;
/** One row longer than this is not a row of a spreadsheet. */
export const MAX_CSV_LINE_CHARS = 64 * 1024;

const DELIMITERS = [';', ',', '\t'] as const;

/** The header's delimiter: the one it has most of outside quotes (semicolon when tied: Swedish Excel). */
function headerDelimiter(text: string): string {
  const counts = new Map<string, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (const ch of text) {
    if (ch === '\n') break;
    if (ch === '"') quoted = !quoted;
    else if (!quoted && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0][0];
}

/**
 * Checks a CSV's shape before DuckDB reads it, so that a bad file gets a sentence naming the row
 * instead of a reader error or gigabytes of memory: text, not binary; at most MAX_CSV_COLUMNS
 * columns; no row longer than MAX_CSV_LINE_CHARS; every row with as many fields as the header
 * (quotes respected, so a quoted `;` or line break is part of its field).
 */
export function checkCsvShape(text: string): void {
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000e-\u001f]/.test(text.slice(0, 65_536)))
    throw new IngestError(
      'Filen innehåller binära tecken och är ingen CSV-fil. Spara den som CSV (UTF-8) i Excel. (Not a text file.)',
    );
  const delimiter = headerDelimiter(text);
  let row = 1;
  let fields = 1;
  let header = 0;
  let start = 0;
  let quoted = false;
  const endRow = (at: number) => {
    if (at - start > MAX_CSV_LINE_CHARS)
      throw new IngestError(
        `Rad ${row} är ${at - start} tecken lång; en rad får vara högst ${MAX_CSV_LINE_CHARS}. Är det rätt fil? (Row ${row} is too long.)`,
      );
    const empty = at - start <= 1 && fields === 1;
    if (row === 1) {
      header = fields;
      if (header > MAX_CSV_COLUMNS)
        throw new IngestError(
          `Filen har ${header} kolumner; högst ${MAX_CSV_COLUMNS} går att läsa. Spara bara de kolumner som behövs. (Too many columns.)`,
        );
    } else if (!empty && fields !== header) {
      throw new IngestError(
        `Rad ${row} har ${fields} fält men rubrikraden har ${header}. Kontrollera avgränsaren (${delimiter === '\t' ? 'tabb' : delimiter}) och citattecknen på den raden. (Row ${row} has ${fields} fields, the header ${header}.)`,
        { row, fields, header },
      );
    }
    row++;
    fields = 1;
    start = at + 1;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (ch === delimiter) {
      fields++;
      if (fields > MAX_CSV_COLUMNS + 1 && row === 1) endRow(i);
    } else if (ch === '\n') endRow(i);
    if (i - start > MAX_CSV_LINE_CHARS) endRow(i);
  }
  if (start < text.length) endRow(text.length);
}
