import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useVirtualizer } from '@tanstack/react-virtual';
import { bbox } from '@turf/turf';
import { useDistrictParcels } from '../../api/districts';
import { formatInteger, formatPercent } from '../../i18n/format';
import { useWorkspace } from '../../workspace/Workspace';
import { RegisterTools } from './RegisterTools';
import {
  NO_FILTERS,
  filterRows,
  groupByOwner,
  sortRows,
  toRows,
  type OwnerGroup,
  type ParcelRow,
  type RegisterFilters,
  type Sort,
  type SortKey,
} from './registerRows';

type Item = { kind: 'parcel'; row: ParcelRow; nested: boolean } | { kind: 'owner'; group: OwnerGroup; open: boolean };

const ROW_HEIGHT = 38;
const COLUMNS: { key: SortKey; numeric?: boolean }[] = [
  { key: 'designation' },
  { key: 'owners' },
  { key: 'engagement' },
  { key: 'shareInside', numeric: true },
  { key: 'premises', numeric: true },
];

/**
 * The district's stakeholder register as a table: search, filters, sorting, grouping by owner,
 * virtualised so thousands of rows scroll smoothly. A row and its parcel on the map point at
 * each other: hovering or focusing a row outlines the parcel, a click on the map finds the row.
 */
export function RegisterTable({ districtId }: { districtId: string }) {
  const { t, i18n } = useTranslation();
  const { map, select, highlightedParcelId, highlightParcel } = useWorkspace();
  const features = useDistrictParcels(districtId).data?.features;
  const privatePerson = t('parcel.privatePerson');
  const rows = useMemo(() => (features ? toRows(features, privatePerson) : []), [features, privatePerson]);
  const totalArea = useMemo(() => rows.reduce((s, r) => s + r.areaInside, 0), [rows]);
  const [filters, setFilters] = useState<RegisterFilters>(NO_FILTERS);
  const [sort, setSort] = useState<Sort>({ key: 'designation', descending: false });
  const [grouped, setGrouped] = useState(false);
  const [openOwners, setOpenOwners] = useState<Set<string>>(new Set());
  const [active, setActive] = useState(0);

  const shown = useMemo(() => sortRows(filterRows(rows, filters), sort), [rows, filters, sort]);
  const groups = useMemo(
    () => (grouped ? groupByOwner(shown, privatePerson, totalArea) : []),
    [grouped, shown, privatePerson, totalArea],
  );
  const items = useMemo<Item[]>(
    () =>
      grouped
        ? groups.flatMap((group) => {
            const open = openOwners.has(group.key);
            const head: Item = { kind: 'owner', group, open };
            return open ? [head, ...group.parcels.map((row): Item => ({ kind: 'parcel', row, nested: true }))] : [head];
          })
        : shown.map((row) => ({ kind: 'parcel', row, nested: false })),
    [grouped, groups, shown, openOwners],
  );

  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });

  // A parcel clicked on the map: its row comes into view.
  useEffect(() => {
    if (!highlightedParcelId) return;
    const index = items.findIndex((i) => i.kind === 'parcel' && i.row.id === highlightedParcelId);
    if (index >= 0 && document.activeElement?.closest('.register') === null) {
      setActive(index);
      virtualizer.scrollToIndex(index, { align: 'auto' });
    }
  }, [highlightedParcelId, items, virtualizer]);

  const showOnMap = (row: ParcelRow) => {
    highlightParcel(row.id);
    if (!map) return;
    const [w, s, e, n] = bbox(row.geometry as GeoJSON.Geometry);
    const view = map.getBounds();
    if (!view.contains([w, s]) || !view.contains([e, n]))
      map.easeTo({ center: [(w + e) / 2, (s + n) / 2], duration: 400 });
  };
  const focusRow = (index: number) => {
    const i = Math.max(0, Math.min(items.length - 1, index));
    setActive(i);
    virtualizer.scrollToIndex(i, { align: 'auto' });
    requestAnimationFrame(() => scroller.current?.querySelector<HTMLElement>(`[data-index="${i}"]`)?.focus());
  };
  const toggleOwner = (key: string) =>
    setOpenOwners((open) => {
      const next = new Set(open);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });
  const activate = (item: Item) =>
    item.kind === 'owner' ? toggleOwner(item.group.key) : select({ type: 'parcel', id: item.row.id });
  const onKeyDown = (e: KeyboardEvent<HTMLTableSectionElement>) => {
    const moves: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: 10, PageUp: -10 };
    if (e.key in moves) focusRow(active + moves[e.key]);
    else if (e.key === 'Home') focusRow(0);
    else if (e.key === 'End') focusRow(items.length - 1);
    else if (e.key === 'Enter' && items[active]) activate(items[active]);
    else return;
    e.preventDefault();
  };
  const sortBy = (key: SortKey) =>
    setSort((s) => ({ key, descending: s.key === key ? !s.descending : key !== 'designation' && key !== 'owners' }));
  const virtualItems = virtualizer.getVirtualItems();
  const padTop = virtualItems[0]?.start ?? 0;
  const padBottom = virtualizer.getTotalSize() - (virtualItems.at(-1)?.end ?? 0);
  const columnCount = COLUMNS.length;

  return (
    <section className="register" aria-labelledby="register-title">
      <h3 id="register-title">{t('register.title')}</h3>
      <RegisterTools
        filters={filters}
        onFiltersChange={(patch) => {
          setFilters({ ...filters, ...patch });
          setActive(0);
        }}
        grouped={grouped}
        onGroupedChange={setGrouped}
      />
      <p className="muted register-count" aria-live="polite" data-testid="register-count">
        {grouped
          ? t('register.countOwners', { count: groups.length, parcels: formatInteger(shown.length) })
          : t('register.countParcels', { count: shown.length, total: formatInteger(rows.length) })}{' '}
        <a
          className="link"
          href={`/api/districts/${districtId}/stakeholders.csv?lang=${i18n.language === 'en' ? 'en' : 'sv'}`}
          download
        >
          {t('district.exportCsv')}
        </a>
      </p>
      <div className="register-scroll" ref={scroller}>
        <table className="register-table" aria-rowcount={items.length + 1} data-testid="register">
          <thead>
            <tr>
              {grouped ? (
                <>
                  <th scope="col">{t('register.columns.owner')}</th>
                  <th scope="col">{t('register.columns.kind')}</th>
                  <th scope="col">{t('register.columns.engagement')}</th>
                  <th scope="col" className="num">
                    {t('register.columns.parcels')}
                  </th>
                  <th scope="col" className="num">
                    {t('register.columns.shareOfDistrict')}
                  </th>
                </>
              ) : (
                COLUMNS.map((c) => (
                  <th
                    key={c.key}
                    scope="col"
                    className={c.numeric ? 'num' : undefined}
                    aria-sort={sort.key === c.key ? (sort.descending ? 'descending' : 'ascending') : undefined}
                  >
                    <button type="button" className="sort" onClick={() => sortBy(c.key)}>
                      {t(`register.columns.${c.key}`)}
                      <span aria-hidden>{sort.key === c.key ? (sort.descending ? ' ▼' : ' ▲') : ''}</span>
                    </button>
                  </th>
                ))
              )}
            </tr>
          </thead>
          <tbody onKeyDown={onKeyDown}>
            {padTop > 0 && (
              <tr aria-hidden style={{ height: padTop }}>
                <td colSpan={columnCount} />
              </tr>
            )}
            {virtualItems.map((v) => {
              const item = items[v.index];
              const common = {
                'data-index': v.index,
                'aria-rowindex': v.index + 2,
                tabIndex: v.index === active ? 0 : -1,
                style: { height: ROW_HEIGHT },
                onFocus: () => setActive(v.index),
              };
              if (item.kind === 'owner') {
                const g = item.group;
                return (
                  <tr
                    key={`o-${g.key}`}
                    {...common}
                    className="owner-row"
                    aria-expanded={item.open}
                    onClick={() => toggleOwner(g.key)}
                  >
                    <td title={g.name}>
                      <span aria-hidden>{item.open ? '▾ ' : '▸ '}</span>
                      {g.name}
                    </td>
                    <td>{t(`stakeholderKinds.${g.kind}`)}</td>
                    <td>{t(`engagement.${g.engagement}`)}</td>
                    <td className="num">{formatInteger(g.parcels.length)}</td>
                    <td className="num">{t('units.percent', { value: formatPercent(g.shareOfDistrict) })}</td>
                  </tr>
                );
              }
              const r = item.row;
              return (
                <tr
                  key={`${item.nested ? 'n-' : 'p-'}${r.id}`}
                  {...common}
                  className={`${item.nested ? 'nested' : ''}${r.edge ? ' edge' : ''}`}
                  aria-selected={r.id === highlightedParcelId}
                  data-parcel={r.id}
                  onMouseEnter={() => highlightParcel(r.id)}
                  onFocus={() => {
                    setActive(v.index);
                    highlightParcel(r.id);
                  }}
                  onClick={() => showOnMap(r)}
                  onDoubleClick={() => select({ type: 'parcel', id: r.id })}
                >
                  <td>
                    <button
                      type="button"
                      className="link"
                      tabIndex={-1}
                      title={`${r.designation} – ${t('register.open')}`}
                      onClick={(e) => {
                        e.stopPropagation();
                        select({ type: 'parcel', id: r.id });
                      }}
                    >
                      {r.shortDesignation}
                    </button>
                  </td>
                  <td title={r.ownerNames}>{r.ownerNames || t('parcel.noOwners')}</td>
                  <td>{r.engagement ? t(`engagement.${r.engagement}`) : '–'}</td>
                  <td className="num">
                    {t('units.percent', { value: formatInteger(r.shareInside * 100) })}
                    {r.edge && <span className="muted"> {t('register.edgeMark')}</span>}
                  </td>
                  <td className="num">
                    {formatInteger(r.premises)}
                    {r.vacant > 0 && (
                      <span className="vacant-count"> ({t('register.vacantCount', { count: r.vacant })})</span>
                    )}
                  </td>
                </tr>
              );
            })}
            {padBottom > 0 && (
              <tr aria-hidden style={{ height: padBottom }}>
                <td colSpan={columnCount} />
              </tr>
            )}
          </tbody>
        </table>
        {features && items.length === 0 && <p className="muted">{t('register.nothing')}</p>}
      </div>
    </section>
  );
}
