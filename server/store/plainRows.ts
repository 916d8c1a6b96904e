import { DuckDBTypeId, type DuckDBBlobVector, type DuckDBConnection } from '@duckdb/node-api';

/** Column types read as they are: text, numbers, booleans and bytes. */
const PLAIN: ReadonlySet<DuckDBTypeId> = new Set([
  DuckDBTypeId.VARCHAR,
  DuckDBTypeId.DOUBLE,
  DuckDBTypeId.INTEGER,
  DuckDBTypeId.BOOLEAN,
  DuckDBTypeId.BLOB,
]);

/**
 * Rows read straight from DuckDB's vectors, chunk by chunk, for the queries that return
 * thousands of rows per request (a vector tile's features). The general reader converts each
 * value through DuckDB's value objects and copies each BLOB twice; for ~900 parcels that was a
 * third of a tile's cut, and its garbage set off a full collection every ~20 tiles.
 * Only text, DOUBLE, INTEGER, BOOLEAN and BLOB columns: anything else is a mistake in the SQL.
 */
export async function readPlainRows<T>(c: DuckDBConnection, sql: string): Promise<T[]> {
  const result = await c.run(sql);
  const names = result.columnNames();
  const blobs = names.map((name, i) => {
    const type = result.columnTypeId(i);
    if (!PLAIN.has(type)) throw new Error(`column ${name} is ${DuckDBTypeId[type]}, not a plain type`);
    return type === DuckDBTypeId.BLOB;
  });
  const rows: Record<string, unknown>[] = [];
  for (let chunk = await result.fetchChunk(); chunk && chunk.rowCount > 0; chunk = await result.fetchChunk()) {
    const start = rows.length;
    for (let i = 0; i < chunk.rowCount; i++) rows.push({});
    names.forEach((name, column) => {
      const vector = chunk.getColumnVector(column);
      for (let i = 0; i < chunk.rowCount; i++)
        rows[start + i][name] = blobs[column] ? bytesOf(vector as DuckDBBlobVector, i) : vector.getItem(i);
    });
  }
  return rows as T[];
}

/**
 * A BLOB's bytes: over 12 bytes DuckDB's bindings hand back a fresh copy; up to 12 a view over
 * the chunk's memory, which is copied here so that it outlives the chunk.
 */
function bytesOf(vector: DuckDBBlobVector, i: number): Uint8Array | null {
  const bytes = vector.getItemBytes(i);
  return bytes && bytes.length <= 12 ? bytes.slice() : bytes;
}
