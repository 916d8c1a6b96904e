import { useEffect, useRef, useState, type HTMLAttributes, type KeyboardEvent, type ReactNode } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';

export interface Column<T> {
  key: string;
  header: ReactNode;
  numeric?: boolean;
  /** A share of the table's width, e.g. '25%'; the last columns share what is left. */
  width?: string;
  /** Its header sorts the table by it (the table's owner does the sorting). */
  sortable?: boolean;
  cell: (row: T) => ReactNode;
  /** Hover text for a cell whose content may be cut off. */
  title?: (row: T) => string | undefined;
}

export interface TableSort {
  key: string;
  descending: boolean;
}

type RowAttributes = HTMLAttributes<HTMLTableRowElement> & { [data: `data-${string}`]: string | undefined };

interface DataTableProps<T> {
  rows: readonly T[];
  columns: readonly Column<T>[];
  rowKey: (row: T) => string;
  /** What Enter on a row does (a click is the row's own, in `rowProps`). */
  onActivate?: (row: T) => void;
  /** A row's class, data attributes and pointer handlers. */
  rowProps?: (row: T) => RowAttributes;
  /** A row taking the keyboard focus (e.g. to outline its parcel on the map). */
  onRowFocus?: (row: T) => void;
  sort?: TableSort;
  onSortChange?: (key: string) => void;
  /** A row to bring into view and give the keyboard, as when it was picked on the map. */
  reveal?: number | null;
  /** Extra class of the scrolling box (its height). */
  className?: string;
  testId?: string;
  rowHeight?: number;
}

/**
 * A table of any length: only the rows in view are drawn (10 000 scroll as smoothly as 10),
 * headers stay on top and sort, and the keyboard walks it like a list (arrows, Page Up/Down,
 * Home/End, Enter), with one row in the tab order at a time. The stakeholder register, an
 * owner's premises and the vacant premises are all this table.
 */
export function DataTable<T>({
  rows,
  columns,
  rowKey,
  onActivate,
  rowProps,
  onRowFocus,
  sort,
  onSortChange,
  reveal = null,
  className = '',
  testId,
  rowHeight = 38,
}: DataTableProps<T>) {
  const [active, setActive] = useState(0);
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => rowHeight,
    overscan: 12,
  });

  useEffect(() => {
    if (reveal === null || reveal < 0 || scroller.current?.contains(document.activeElement)) return;
    setActive(reveal);
    virtualizer.scrollToIndex(reveal, { align: 'auto' });
  }, [reveal, virtualizer]);
  // A shorter list (filtered) keeps a row in the tab order.
  const current = Math.min(active, Math.max(0, rows.length - 1));

  const focusRow = (index: number) => {
    const i = Math.max(0, Math.min(rows.length - 1, index));
    setActive(i);
    virtualizer.scrollToIndex(i, { align: 'auto' });
    requestAnimationFrame(() => scroller.current?.querySelector<HTMLElement>(`[data-index="${i}"]`)?.focus());
  };
  const onKeyDown = (e: KeyboardEvent<HTMLTableSectionElement>) => {
    const moves: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: 10, PageUp: -10 };
    if (e.key in moves) focusRow(current + moves[e.key]);
    else if (e.key === 'Home') focusRow(0);
    else if (e.key === 'End') focusRow(rows.length - 1);
    else if (e.key === 'Enter' && rows[current] && onActivate) onActivate(rows[current]);
    else return;
    e.preventDefault();
  };

  const virtualRows = virtualizer.getVirtualItems();
  const padTop = virtualRows[0]?.start ?? 0;
  const padBottom = virtualizer.getTotalSize() - (virtualRows.at(-1)?.end ?? 0);
  const spacer = (height: number) => (
    <tr aria-hidden style={{ height }}>
      <td colSpan={columns.length} />
    </tr>
  );

  return (
    <div className={`data-table-scroll ${className}`} ref={scroller}>
      <table className="data-table" aria-rowcount={rows.length + 1} data-testid={testId}>
        <thead>
          <tr>
            {columns.map((c) => {
              const sorted = sort?.key === c.key;
              return (
                <th
                  key={c.key}
                  scope="col"
                  className={c.numeric ? 'num' : undefined}
                  style={c.width ? { width: c.width } : undefined}
                  aria-sort={sorted ? (sort.descending ? 'descending' : 'ascending') : undefined}
                >
                  {c.sortable && onSortChange ? (
                    <button type="button" className="sort" onClick={() => onSortChange(c.key)}>
                      {c.header}
                      <span aria-hidden>{sorted ? (sort.descending ? ' ▼' : ' ▲') : ''}</span>
                    </button>
                  ) : (
                    c.header
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody onKeyDown={onKeyDown}>
          {padTop > 0 && spacer(padTop)}
          {virtualRows.map((v) => {
            const row = rows[v.index];
            const own = rowProps?.(row) ?? {};
            return (
              <tr
                key={rowKey(row)}
                {...own}
                data-index={v.index}
                aria-rowindex={v.index + 2}
                tabIndex={v.index === current ? 0 : -1}
                style={{ height: rowHeight }}
                onFocus={() => {
                  setActive(v.index);
                  onRowFocus?.(row);
                }}
              >
                {columns.map((c) => (
                  <td key={c.key} className={c.numeric ? 'num' : undefined} title={c.title?.(row)}>
                    {c.cell(row)}
                  </td>
                ))}
              </tr>
            );
          })}
          {padBottom > 0 && spacer(padBottom)}
        </tbody>
      </table>
    </div>
  );
}
