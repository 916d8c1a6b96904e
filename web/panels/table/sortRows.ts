import type { TableSort } from './DataTable';

const collator = new Intl.Collator('sv', { numeric: true });

/**
 * Rows in the order a table's sort asks for: numbers by size, text in Swedish alphabetical order
 * (å, ä, ö last; "Hjulet 2:10" after "Hjulet 2:9"). `values` says what each column sorts by.
 */
export function sortRows<T>(
  rows: readonly T[],
  sort: TableSort,
  values: Record<string, (row: T) => string | number>,
): T[] {
  const of = values[sort.key];
  if (!of) return [...rows];
  const compare = (a: T, b: T) => {
    const x = of(a);
    const y = of(b);
    return typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y));
  };
  return [...rows].sort((a, b) => (sort.descending ? compare(b, a) : compare(a, b)));
}

/** A click on a column's header: that column ascending, or the other way if it already was. */
export function nextSort(current: TableSort, key: string, descendingFirst = false): TableSort {
  return { key, descending: current.key === key ? !current.descending : descendingFirst };
}
