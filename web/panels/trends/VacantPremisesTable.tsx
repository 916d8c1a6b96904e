import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from '../../i18n';
import type { DistrictVacancy } from '../../api/client';
import { formatDate, formatInteger } from '../../i18n/format';
import { premisesLabel } from '../../premisesLabel';
import { useWorkspace } from '../../workspace/Workspace';
import { DataTable, type Column, type TableSort } from '../table/DataTable';
import { nextSort, sortRows } from '../table/sortRows';

type VacantPremises = DistrictVacancy['vacantNow'][number];

/**
 * The premises empty now, every one of them, longest empty first; a row opens its premises
 * on the map. Sorted by name, kind, floor area or how long it has stood empty.
 */
export function VacantPremisesTable({ premises }: { premises: readonly VacantPremises[] }) {
  const { t } = useTranslation();
  const { select } = useWorkspace();
  const [sort, setSort] = useState<TableSort>({ key: 'since', descending: false });
  const label = useCallback((p: VacantPremises) => p.name ?? premisesLabel(p, t), [t]);
  const sorted = useMemo(
    () =>
      sortRows(premises, sort, {
        premises: label,
        kind: (p) => t(`kinds.${p.kind}`),
        floorArea: (p) => p.floorAreaM2 ?? -1,
        since: (p) => p.since,
      }),
    [premises, sort, t, label],
  );

  const columns: Column<VacantPremises>[] = [
    { key: 'premises', header: t('vacantTable.premises'), width: '42%', sortable: true, cell: label, title: label },
    { key: 'kind', header: t('vacantTable.kind'), width: '18%', sortable: true, cell: (p) => t(`kinds.${p.kind}`) },
    {
      key: 'floorArea',
      header: t('vacantTable.floorArea'),
      numeric: true,
      width: '15%',
      sortable: true,
      cell: (p) => (p.floorAreaM2 ? t('units.m2', { value: formatInteger(p.floorAreaM2) }) : '–'),
    },
    {
      key: 'since',
      header: t('vacantTable.since'),
      numeric: true,
      sortable: true,
      cell: (p) => formatDate(p.since),
      title: (p) => t('trends.emptyFor', { days: formatInteger(p.days), since: formatDate(p.since) }),
    },
  ];
  const open = (p: VacantPremises) => select({ type: 'premises', id: p.id });
  return (
    <DataTable
      rows={sorted}
      columns={columns}
      rowKey={(p) => p.id}
      rowProps={(p) => ({ 'data-premises': p.id, onClick: () => open(p) })}
      onActivate={open}
      sort={sort}
      onSortChange={(key) => setSort((s) => nextSort(s, key, key === 'floorArea'))}
      className="vacant-scroll"
      testId="vacant-now"
      rowHeight={34}
    />
  );
}
