import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from '../i18n';
import type { OwnerOverview } from '../api/client';
import { formatDate, formatPercent } from '../i18n/format';
import { DataTable, type Column, type TableSort } from './table/DataTable';
import { nextSort, sortRows } from './table/sortRows';
import { OwnerPremises } from './OwnerPremises';
import { useNarrowScreen } from './useNarrowScreen';

type Parcel = OwnerOverview['parcels'][number];
interface Row {
  premises: Parcel['premises'][number];
  parcel: Parcel;
}

/**
 * Every premises on the owner's parcels in one table (an owner of a block has hundreds), sorted
 * by parcel, name or status; the premises picked is reported and listed in the card below it.
 */
export function OwnerPremisesTable({ parcels }: { parcels: readonly Parcel[] }) {
  const { t } = useTranslation();
  const [sort, setSort] = useState<TableSort>({ key: 'parcel', descending: false });
  const [openId, setOpenId] = useState<string | null>(null);
  const [search, setSearch] = useState('');
  const narrow = useNarrowScreen();
  const name = useCallback(
    (r: Row) =>
      r.premises.name ?? (r.premises.status === 'vacant' ? t('premises.vacantPremises') : t('premises.unnamed')),
    [t],
  );
  const status = useCallback((r: Row) => t(`status.${r.premises.status ?? 'unknown'}`), [t]);
  const all = useMemo(
    () => parcels.flatMap((parcel) => parcel.premises.map((premises) => ({ premises, parcel }))),
    [parcels],
  );
  const rows = useMemo(() => {
    const words = search.toLocaleLowerCase('sv').split(/\s+/).filter(Boolean);
    const found = all.filter((r) => {
      const text = `${name(r)} ${r.parcel.designation} ${t(`kinds.${r.premises.kind}`)}`.toLocaleLowerCase('sv');
      return words.every((w) => text.includes(w));
    });
    return sortRows(found, sort, {
      parcel: (r) => r.parcel.designation,
      premises: name,
      status: (r) => `${status(r)} ${r.premises.since ?? ''}`,
    });
  }, [all, search, sort, name, status, t]);
  const open = all.find((r) => r.premises.id === openId);
  const parcelText = (r: Row) =>
    // The share only where it is not the whole parcel.
    r.parcel.share < 1
      ? `${r.parcel.designation} (${t('units.percent', { value: formatPercent(r.parcel.share) })})`
      : r.parcel.designation;
  const since = (r: Row) => (r.premises.since ? t('status.since', { date: formatDate(r.premises.since) }) : '');
  const statusChip = (r: Row, withSince: boolean) => (
    <span className={`status status-${r.premises.status ?? 'unknown'}`}>
      {status(r)}
      {withSince && r.premises.since ? ` ${since(r)}` : ''}
    </span>
  );
  const columns: Column<Row>[] = narrow
    ? [
        // A phone has room for two columns: each cell says two things, one above the other.
        {
          key: 'premises',
          header: t('ownerTable.premisesOnParcel'),
          width: '62%',
          sortable: true,
          cell: (r) => (
            <>
              <span className="cell-line">{name(r)}</span>
              <span className="cell-line muted">{parcelText(r)}</span>
            </>
          ),
          title: (r) => `${name(r)} · ${r.parcel.designation}`,
        },
        {
          key: 'status',
          header: t('ownerTable.status'),
          sortable: true,
          cell: (r) => (
            <>
              <span className="cell-line">{statusChip(r, false)}</span>
              <span className="cell-line muted">{since(r)}</span>
            </>
          ),
        },
      ]
    : [
        { key: 'premises', header: t('ownerTable.premises'), width: '36%', sortable: true, cell: name, title: name },
        {
          key: 'parcel',
          header: t('ownerTable.parcel'),
          width: '28%',
          sortable: true,
          cell: parcelText,
          title: (r) => r.parcel.designation,
        },
        {
          key: 'status',
          header: t('ownerTable.status'),
          sortable: true,
          cell: (r) => statusChip(r, true),
          title: (r) => (r.premises.since ? `${status(r)} ${since(r)}` : undefined),
        },
      ];
  const pick = (r: Row) => setOpenId(r.premises.id);
  return (
    <>
      <p className="muted">{t('ownerTable.count', { parcels: parcels.length, count: all.length })}</p>
      <input
        type="search"
        className="table-search"
        placeholder={t('ownerTable.search')}
        aria-label={t('ownerTable.search')}
        value={search}
        onChange={(e) => setSearch(e.target.value)}
      />
      <DataTable
        rows={rows}
        columns={columns}
        rowKey={(r) => r.premises.id}
        rowProps={(r) => ({
          'data-premises-row': r.premises.id,
          'aria-selected': r.premises.id === openId,
          onClick: () => pick(r),
        })}
        onActivate={pick}
        sort={sort}
        onSortChange={(key) => setSort((s) => nextSort(s, key))}
        className="owner-scroll"
        testId="owner-premises"
        rowHeight={narrow ? 52 : 38}
      />
      {open ? <OwnerPremises premises={open.premises} /> : <p className="hint">{t('ownerTable.pick')}</p>}
    </>
  );
}
