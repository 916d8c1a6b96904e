import { useTranslation } from '../i18n';
import type { DistrictCollection } from '../api/client';
import { useMe } from '../api/auth';
import { useDistrictSummary } from '../api/districts';
import { formatDecimal, formatInteger, formatPercent } from '../i18n/format';
import { Field, SidePanel } from './SidePanel';
import { ProvenanceBadge } from './ProvenanceBadge';
import { VersionHistory } from './VersionHistory';
import { RegisterTable } from './register/RegisterTable';
import { ParcelColouringChoice } from './ParcelColouringChoice';
import { downloadBoundary } from './boundaryDownload';
import { ActionPlanTab } from './actionPlan/ActionPlanTab';
import { GoalsTab } from './actionPlan/GoalsTab';
import { TrendsTab } from './trends/TrendsTab';
import { ProcessTab } from './process/ProcessTab';
import { OwnerDistanceSetting } from './OwnerDistanceSetting';
import { useWorkspace } from '../workspace/Workspace';
import { useEditSession } from '../workspace/EditSession';
import { placePath } from '../place';
import { DistrictKpis } from '../workspace/DistrictKpis';
import { TimeBar } from '../workspace/TimeBar';
import { DISTRICT_TABS } from '../workspace/urlState';
import { TabBar } from './TabBar';

type District = DistrictCollection['features'][number];

/** One district: key figures, actions, boundary history, and every parcel with its stakeholders. */
export function DistrictPanel({ district, onClose }: { district: District; onClose: () => void }) {
  const {
    tab,
    setTab: onTabChange,
    colouring,
    setColouring: onColouringChange,
    compare,
    setCompare: onCompareChange,
  } = useWorkspace();
  const { startEdit } = useEditSession();
  const onEditBoundary = () => startEdit(district);
  const { t } = useTranslation();
  const isPlanner = useMe().data?.user?.role === 'planner';
  const summary = useDistrictSummary(district.id).data;
  const p = district.properties;
  return (
    <SidePanel kicker={t('district.heading')} title={p.name} onClose={onClose}>
      <p className="muted district-facts">
        {p.generated && <ProvenanceBadge provenance="generated" />} {t(`district.type.${p.type}`)} ·{' '}
        <span title={t('units.m2', { value: formatInteger(p.areaM2) })}>{formatDecimal(p.areaM2 / 10_000)} ha</span> ·{' '}
        {t('district.versionShort', { version: p.version })}
      </p>
      <DistrictKpis districtId={district.id} />
      <TimeBar />
      <TabBar
        tabs={DISTRICT_TABS.filter((k) => isPlanner || (k !== 'process' && k !== 'register')).map((k) => ({
          id: k,
          label: t(`district.tabs.${k}`),
        }))}
        active={tab}
        onChange={onTabChange}
      />
      {tab === 'register' && isPlanner && <RegisterTable districtId={district.id} />}
      {tab === 'plan' && <ActionPlanTab districtId={district.id} />}
      {tab === 'goals' && <GoalsTab districtId={district.id} />}
      {tab === 'process' && isPlanner && <ProcessTab districtId={district.id} />}
      {tab === 'trends' && <TrendsTab districtId={district.id} />}
      {tab === 'overview' && (
        <>
          <div className="buttons">
            {isPlanner && (
              <button type="button" onClick={onEditBoundary}>
                {t('district.editBoundary')}
              </button>
            )}
            <button type="button" className="secondary" onClick={() => downloadBoundary(district)}>
              {t('district.exportGeojson')}
            </button>
          </div>
          {isPlanner && (
            <div className="buttons">
              <a className="button secondary" href={placePath(`/walk/${encodeURIComponent(district.id)}`)}>
                {t('walk.open')}
              </a>
              <a
                className="button secondary"
                href={placePath(`/reports/current-state/${encodeURIComponent(district.id)}`)}
              >
                {t('report.currentState')}
              </a>
              <a className="button secondary" href={placePath(`/reports/yearly/${encodeURIComponent(district.id)}`)}>
                {t('report.yearly')}
              </a>
            </div>
          )}
          {isPlanner && <OwnerDistanceSetting />}
          {summary && (
            <>
              <h3>{t('district.summary')}</h3>
              <dl data-testid="district-summary">
                <Field
                  label={t('district.parcels')}
                >{`${formatInteger(summary.parcels)} (+ ${formatInteger(summary.edgeParcels)} ${t('district.edge')})`}</Field>
                <Field label={t('district.owners')}>{formatInteger(summary.owners)}</Field>
                <Field label={t('district.premises')}>{formatInteger(summary.premises)}</Field>
                <Field
                  label={t('district.vacant')}
                >{`${formatInteger(summary.vacantPremises)} (${t('units.percent', { value: formatPercent(summary.vacancyRate) })})`}</Field>
                <Field label={t('district.floorArea')}>
                  {t('units.m2', { value: formatInteger(summary.floorAreaM2) })}
                </Field>
                <Field label={t('district.businesses')}>
                  {Object.entries(summary.businessesByKind)
                    .sort((a, b) => b[1] - a[1])
                    .map(([kind, n]) => `${t(`kinds.${kind}`)} ${n}`)
                    .join(' · ')}
                </Field>
              </dl>
            </>
          )}
          <h3>{t('district.colourBy')}</h3>
          <ParcelColouringChoice colouring={colouring} onChange={onColouringChange} />
          <VersionHistory districtId={district.id} compare={compare} onCompareChange={onCompareChange} />
        </>
      )}
    </SidePanel>
  );
}
