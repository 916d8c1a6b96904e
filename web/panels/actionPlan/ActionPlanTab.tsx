import { useMemo, useState } from 'react';
import { useTranslation } from '../../i18n';
import { useActions, usePots } from '../../api/actionPlan';
import { useMe } from '../../api/auth';
import { ACTION_STATUSES, FOCUS_AREAS } from '../../../server/domain/actionPlan';
import type { PlannerAction } from '../../api/client';
import { ActionList } from './ActionList';
import { ActionTimeline } from './ActionTimeline';
import { ActionForm } from './ActionForm';
import { useWorkspace } from '../../workspace/Workspace';
import { useEditSession } from '../../workspace/EditSession';
import { PotBalances } from './PotBalances';
import { ActionUpdates } from './ActionUpdates';

/** The action plan of a district: pots, filters, list or timeline, and the form to add or change an action. */
export function ActionPlanTab({ districtId }: { districtId: string }) {
  const { t } = useTranslation();
  const { selectedActionId: selectedId, selectAction: onSelect } = useWorkspace();
  const { location } = useEditSession();
  const isPlanner = useMe().data?.user?.role === 'planner';
  const actionsData = useActions(districtId).data;
  const actions = useMemo(() => actionsData?.actions ?? [], [actionsData]);
  const pots = usePots(districtId, isPlanner).data?.pots ?? [];
  const [focus, setFocus] = useState('');
  const [status, setStatus] = useState('');
  const [year, setYear] = useState('');
  const [view, setView] = useState<'list' | 'timeline'>('list');
  const [editing, setEditing] = useState<'new' | string | null>(null);
  const years = [...new Set(actions.flatMap((a) => (a.start ? [a.start.slice(0, 4)] : [])))].sort();
  const shown = useMemo(
    () =>
      actions.filter(
        (a) =>
          (!focus || a.focusArea === focus) &&
          (!status || a.status === status) &&
          (!year || (a.start ?? '').startsWith(year) || (a.end ?? '').startsWith(year)),
      ),
    [actions, focus, status, year],
  );
  const editedAction =
    editing && editing !== 'new'
      ? ((actions.find((a) => a.id === editing) as PlannerAction | undefined) ?? null)
      : null;

  if (editing) {
    return (
      <ActionForm
        key={editing}
        districtId={districtId}
        action={editedAction}
        pots={pots}
        location={location}
        onDone={(id) => {
          setEditing(null);
          location.clear();
          if (id) onSelect(id);
        }}
      />
    );
  }
  return (
    <section>
      {isPlanner && <PotBalances districtId={districtId} pots={pots} />}
      <div className="buttons">
        {isPlanner && (
          <button
            type="button"
            onClick={() => {
              location.clear();
              setEditing('new');
            }}
          >
            {t('plan.newAction')}
          </button>
        )}
        {isPlanner && selectedId && (
          <button type="button" className="secondary" onClick={() => setEditing(selectedId)}>
            {t('plan.editAction')}
          </button>
        )}
        {isPlanner && (
          <a className="button secondary" href={`/api/districts/${districtId}/actions.csv`} download>
            {t('plan.exportCsv')}
          </a>
        )}
        <button type="button" className="secondary" onClick={() => window.print()}>
          {t('plan.print')}
        </button>
      </div>
      <div className="filters">
        <select aria-label={t('plan.focusArea')} value={focus} onChange={(e) => setFocus(e.target.value)}>
          <option value="">{t('plan.allFocusAreas')}</option>
          {FOCUS_AREAS.map((f) => (
            <option key={f} value={f}>
              {t(`focusAreas.${f}`)}
            </option>
          ))}
        </select>
        <select aria-label={t('plan.status')} value={status} onChange={(e) => setStatus(e.target.value)}>
          <option value="">{t('plan.allStatuses')}</option>
          {ACTION_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`actionStatus.${s}`)}
            </option>
          ))}
        </select>
        <select aria-label={t('plan.year')} value={year} onChange={(e) => setYear(e.target.value)}>
          <option value="">{t('plan.allYears')}</option>
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </div>
      <div className="segmented" role="radiogroup" aria-label={t('plan.view')}>
        <label>
          <input type="radio" name="plan-view" checked={view === 'list'} onChange={() => setView('list')} />
          {t('plan.list')}
        </label>
        <label>
          <input type="radio" name="plan-view" checked={view === 'timeline'} onChange={() => setView('timeline')} />
          {t('timeline.title')}
        </label>
      </div>
      {view === 'list' ? (
        <ActionList actions={shown} selectedId={selectedId} onSelect={onSelect} />
      ) : (
        <ActionTimeline actions={shown} selectedId={selectedId} onSelect={onSelect} />
      )}
      {isPlanner && selectedId && actions.some((a) => a.id === selectedId) && (
        <ActionUpdates key={selectedId} districtId={districtId} actionId={selectedId} />
      )}
    </section>
  );
}
