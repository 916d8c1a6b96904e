import type { Tx } from '../../store/db';
import type { ImportDiff, RowError } from './csvTable';

/**
 * One kind of CSV a planner can import. `fields` are what the importer needs; `guesses` find
 * them among the file's columns so that most files need no manual mapping.
 */
export interface CsvImporter<F extends string = string> {
  fields: readonly F[];
  /** Fields a file may leave out (the importer then uses a default). */
  optional?: readonly F[];
  /** Per field, what its column may be called; with several, the first that matches any column wins. */
  guesses: Record<F, RegExp | RegExp[]>;
  /** Parses every row into `${table}_parsed` and returns every problem found. */
  parse(tx: Tx, table: string, mapping: Record<F, string>): Promise<{ rows: number; errors: RowError[] }>;
  /** The first rows as they will be stored, for the planner to check before committing. */
  preview(tx: Tx, table: string): Promise<Record<string, string | number | null>[]>;
  /** Stores the parsed rows; storing the same file again must change nothing. */
  store(tx: Tx, table: string, userId: string, fileName: string): Promise<ImportDiff>;
}
