/**
 * SQL for "the column is one of the ids in a list parameter", as a hash join with the list.
 * `list_contains($ids, column)` compares every row with the whole list: a district's 517 parcel
 * ids against 200k parcels took 577 ms that way and 50 ms this way, and an import's ids against
 * the stored parcels grows with both.
 */
export function inIdList(column: string, param = '$ids'): string {
  return `${column} IN (SELECT unnest(${param}))`;
}
