import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from '../../i18n';
import { bbox } from '@turf/turf';
import { useDistrictParcels } from '../../api/districts';
import { formatInteger, formatPercent } from '../../i18n/format';
import { useWorkspace } from '../../workspace/Workspace';
import { DataTable, type Column } from '../table/DataTable';
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

const WIDTHS = ['25%', '27%', '21%', '11%', undefined];
const PARCEL_COLUMNS: { key: SortKey; numeric?: boolean }[] = [
  { key: 'designation' },
  { key: 'owners' },
  { key: 'engagement' },
  { key: 'shareInside', numeric: true },
  { key: 'premises', numeric: true },
];
const OWNER_COLUMNS = ['owner', 'kind', 'engagement', 'parcels', 'shareOfDistrict'] as const;

/**
 * The district's stakeholder register as a table: search, filters, sorting, grouping by owner
 * (an owner's row opens to their parcels). A row and its parcel on the map point at each other:
 * hovering or focusing a row outlines the parcel, a click on the map finds the row.
 */
export function RegisterTable({ districtId }: { districtId: string }) {
  const { t, language } = useTranslation();
  const { map, select, highlightedParcelId, highlightParcel } = useWorkspace();
  const features = useDistrictParcels(districtId).data?.features;
  const privatePerson = t('parcel.privatePerson');
  const rows = useMemo(() => (features ? toRows(features, privatePerson) : []), [features, privatePerson]);
  const totalArea = useMemo(() => rows.reduce((s, r) => s + r.areaInside, 0), [rows]);
  const [filters, setFilters] = useState<RegisterFilters>(NO_FILTERS);
  const [sort, setSort] = useState<Sort>({ key: 'designation', descending: false });
  const [grouped, setGrouped] = useState(false);
  const [openOwners, setOpenOwners] = useState<Set<string>>(new Set());

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
  // A parcel clicked on the map: its row comes into view.
  const revealed = useMemo(
    () =>
      highlightedParcelId ? items.findIndex((i) => i.kind === 'parcel' && i.row.id === highlightedParcelId) : null,
    [highlightedParcelId, items],
  );

  const showOnMap = (row: ParcelRow) => {
    highlightParcel(row.id);
    if (!map) return;
    const [w, s, e, n] = bbox(row.geometry as GeoJSON.Geometry);
    const view = map.getBounds();
    if (!view.contains([w, s]) || !view.contains([e, n]))
      map.easeTo({ center: [(w + e) / 2, (s + n) / 2], duration: 400 });
  };
  const toggleOwner = (key: string) =>
    setOpenOwners((open) => {
      const next = new Set(open);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });
  const sortBy = (key: string) =>
    setSort((s) => ({
      key: key as SortKey,
      descending: s.key === key ? !s.descending : key !== 'designation' && key !== 'owners',
    }));

  // One column shows an owner's figure on an owner's row and a parcel's on a parcel's row.
  const column = (
    i: number,
    owner: (g: OwnerGroup, open: boolean) => ReactNode,
    parcel: (r: ParcelRow) => ReactNode,
    title?: (item: Item) => string | undefined,
  ): Column<Item> => {
    const key = grouped ? OWNER_COLUMNS[i] : PARCEL_COLUMNS[i].key;
    return {
      key,
      header: t(`register.columns.${key}`),
      numeric: PARCEL_COLUMNS[i].numeric,
      width: WIDTHS[i],
      sortable: !grouped,
      cell: (item) => (item.kind === 'owner' ? owner(item.group, item.open) : parcel(item.row)),
      title,
    };
  };
  const columns = [
    column(
      0,
      (g, open) => (
        <>
          <span aria-hidden>{open ? '▾ ' : '▸ '}</span>
          {g.name}
        </>
      ),
      (r) => (
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
      ),
      (item) => (item.kind === 'owner' ? item.group.name : undefined),
    ),
    column(
      1,
      (g) => t(`stakeholderKinds.${g.kind}`),
      (r) => r.ownerNames || t('parcel.noOwners'),
      (item) => (item.kind === 'parcel' ? item.row.ownerNames : undefined),
    ),
    column(
      2,
      (g) => t(`engagement.${g.engagement}`),
      (r) => (r.engagement ? t(`engagement.${r.engagement}`) : '–'),
    ),
    column(
      3,
      (g) => formatInteger(g.parcels.length),
      (r) => (
        <>
          {t('units.percent', { value: formatInteger(r.shareInside * 100) })}
          {r.edge && <span className="muted"> {t('register.edgeMark')}</span>}
        </>
      ),
    ),
    column(
      4,
      (g) => t('units.percent', { value: formatPercent(g.shareOfDistrict) }),
      (r) => (
        <>
          {formatInteger(r.premises)}
          {r.vacant > 0 && <span className="vacant-count"> ({t('register.vacantCount', { count: r.vacant })})</span>}
        </>
      ),
    ),
  ];
  const rowProps = (item: Item) =>
    item.kind === 'owner'
      ? { className: 'owner-row', 'aria-expanded': item.open, onClick: () => toggleOwner(item.group.key) }
      : {
          className: `${item.nested ? 'nested' : ''}${item.row.edge ? ' edge' : ''}`,
          'aria-selected': item.row.id === highlightedParcelId,
          'data-parcel': item.row.id,
          onMouseEnter: () => highlightParcel(item.row.id),
          onClick: () => showOnMap(item.row),
          onDoubleClick: () => select({ type: 'parcel', id: item.row.id }),
        };

  return (
    <section className="register" aria-labelledby="register-title">
      <h3 id="register-title">{t('register.title')}</h3>
      <RegisterTools
        filters={filters}
        onFiltersChange={(patch) => setFilters({ ...filters, ...patch })}
        grouped={grouped}
        onGroupedChange={setGrouped}
      />
      <p className="muted register-count" aria-live="polite" data-testid="register-count">
        {grouped
          ? t('register.countOwners', { count: groups.length, parcels: formatInteger(shown.length) })
          : t('register.countParcels', { count: shown.length, total: formatInteger(rows.length) })}{' '}
        <a
          className="link"
          href={`/api/districts/${districtId}/stakeholders.csv?lang=${language === 'en' ? 'en' : 'sv'}`}
          download
        >
          {t('district.exportCsv')}
        </a>
      </p>
      <DataTable
        rows={items}
        columns={columns}
        rowKey={(item) =>
          item.kind === 'owner' ? `o-${item.group.key}` : `${item.nested ? 'n-' : 'p-'}${item.row.id}`
        }
        rowProps={rowProps}
        onRowFocus={(item) => {
          if (item.kind === 'parcel') highlightParcel(item.row.id);
        }}
        onActivate={(item) =>
          item.kind === 'owner' ? toggleOwner(item.group.key) : select({ type: 'parcel', id: item.row.id })
        }
        sort={grouped ? undefined : sort}
        onSortChange={sortBy}
        reveal={revealed}
        className="register-scroll"
        testId="register"
      />
      {features && items.length === 0 && <p className="muted">{t('register.nothing')}</p>}
    </section>
  );
}
