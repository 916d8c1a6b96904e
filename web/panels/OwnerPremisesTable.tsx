import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OwnerOverview } from '../api/client';
import { formatDate, formatPercent } from '../i18n/format';
import { DataTable, type Column, type TableSort } from './table/DataTable';
import { nextSort, sortRows } from './table/sortRows';
import { OwnerPremises } from './OwnerPremises';

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
  const columns: Column<Row>[] = [
    { key: 'premises', header: t('ownerTable.premises'), width: '36%', sortable: true, cell: name, title: name },
    {
      key: 'parcel',
      header: t('ownerTable.parcel'),
      width: '28%',
      sortable: true,
      // The share only where it is not the whole parcel.
      cell: (r) =>
        r.parcel.share < 1
          ? `${r.parcel.designation} (${t('units.percent', { value: formatPercent(r.parcel.share) })})`
          : r.parcel.designation,
      title: (r) => r.parcel.designation,
    },
    {
      key: 'status',
      header: t('ownerTable.status'),
      sortable: true,
      cell: (r) => (
        <span className={`status status-${r.premises.status ?? 'unknown'}`}>
          {status(r)}
          {r.premises.since ? ` ${t('status.since', { date: formatDate(r.premises.since) })}` : ''}
        </span>
      ),
      title: (r) =>
        r.premises.since ? `${status(r)} ${t('status.since', { date: formatDate(r.premises.since) })}` : undefined,
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
      />
      {open ? <OwnerPremises premises={open.premises} /> : <p className="hint">{t('ownerTable.pick')}</p>}
    </>
  );
}
