import { useState } from 'react';
import { useTranslation } from '../../i18n';
import { useProcess, useSetStartDate, useTick, type Process } from '../../api/process';
import { formatDate } from '../../i18n/format';
import { addDays } from '../../../server/domain/calendar';
import { ProcessTimeline } from './ProcessTimeline';
import { StepDocuments } from './StepDocuments';
import { useObservations } from '../../api/siteWalks';
import { ObservationList } from '../walk/ObservationList';
import type { ObservationFeature } from '../../map/layers/observations';
import { ErrorText } from '../../api/errorText';
import { placePath } from '../../place';

type Step = Process['steps'][number];

/**
 * The seven BID steps on a timeline from the chosen start date, the current step open, each
 * step's checklist (ticked with date and who) and its documents. Late steps say so.
 */
export function ProcessTab({ districtId }: { districtId: string }) {
  const { t } = useTranslation();
  const process = useProcess(districtId).data;
  const setStart = useSetStartDate(districtId);
  const [open, setOpen] = useState<number | null>(null);
  if (!process) return null;
  const shown = open ?? process.currentStep ?? 7;
  return (
    <section className="process" data-testid="process">
      <label className="inline">
        {t('process.startDate')}
        <input
          type="date"
          value={process.startDate}
          onChange={(e) => e.target.value && setStart.mutate(e.target.value)}
        />
      </label>
      {!process.startChosen && <p className="muted">{t('process.startNotChosen')}</p>}
      <ProcessTimeline process={process} selected={shown} onSelect={setOpen} />
      <ol className="steps">
        {process.steps.map((step) => (
          <li key={step.number} className={`step step-${step.status}`} data-testid={`step-${step.number}`}>
            <button
              type="button"
              className="step-head"
              aria-expanded={shown === step.number}
              onClick={() => setOpen(shown === step.number ? 0 : step.number)}
            >
              <strong>
                {t('process.step', { number: step.number })}: {t(`process.steps.${step.number}`)}
              </strong>
              <span className={`status status-${step.status}`} data-testid="step-status">
                {t(`process.status.${step.status}`)}
              </span>
              {step.number === process.currentStep && (
                <span className="status status-current">{t('process.current')}</span>
              )}
              {/* Planned ends are exclusive (the next step's first day); people read the last day. */}
              <span className="muted" data-testid="step-progress">
                {t('process.progress', { done: step.progress.done, total: step.progress.total })} ·{' '}
                {formatDate(step.plannedStart)} – {formatDate(addDays(step.plannedEnd, -1))}
                {' · '}
                {t('process.weeks', { count: step.weeks })} · {t(`process.phase.${step.phase}`)}
              </span>
            </button>
            {shown === step.number && (
              <StepDetails districtId={districtId} step={step} onTick={() => setOpen(step.number)} />
            )}
          </li>
        ))}
      </ol>
      <SiteWalkObservations districtId={districtId} />
    </section>
  );
}

/** What the site walks saw (also drawn on the map while this tab is open), each one click from being an action. */
function SiteWalkObservations({ districtId }: { districtId: string }) {
  const { t } = useTranslation();
  const observations = useObservations(districtId, {}).data;
  const features = (observations?.features ?? []) as ObservationFeature[];
  const [selected, setSelected] = useState<string | null>(null);
  return (
    <section aria-labelledby="walk-observations">
      <h3 id="walk-observations">
        {observations ? t('walk.observations', { count: features.length }) : t('walk.observationsLoading')}
      </h3>
      <a className="button secondary" href={placePath(`/walk/${encodeURIComponent(districtId)}`)}>
        {t('walk.open')}
      </a>
      <ObservationList districtId={districtId} features={features} selectedId={selected} onSelect={setSelected} />
    </section>
  );
}

// Ticking keeps the step open, even when its last tick moves the process on to the next step.
function StepDetails({ districtId, step, onTick }: { districtId: string; step: Step; onTick: () => void }) {
  const { t } = useTranslation();
  const id = encodeURIComponent(districtId);
  // Where the work of an item is done in Platsatlas itself.
  const tools: Record<string, { href: string; label: string }> = {
    'site-walk': { href: `/walk/${id}`, label: t('walk.open') },
    'start-current-state-analysis': { href: `/reports/current-state/${id}`, label: t('report.currentState') },
    'coach-current-state-analysis': { href: `/reports/current-state/${id}`, label: t('report.currentState') },
    'final-report': { href: `/reports/yearly/${id}`, label: t('report.yearly') },
  };
  const tick = useTick(districtId);
  // A tick shows at once; the server's answer (with date and who) replaces it, or undoes it.
  const [pending, setPending] = useState<Record<string, boolean>>({});
  const toggle = (item: string, done: boolean) => {
    onTick();
    setPending((p) => ({ ...p, [item]: done }));
    tick.mutate({ item, done }, { onSettled: () => setPending(({ [item]: _, ...rest }) => rest) });
  };
  return (
    <div className="step-body">
      <ul className="checklist">
        {step.checklist.map((c) => (
          <li key={c.item}>
            <label>
              <input
                type="checkbox"
                checked={pending[c.item] ?? c.done}
                onChange={(e) => toggle(c.item, e.target.checked)}
              />
              {t(`process.items.${c.item}`)}
            </label>
            {tools[c.item] && (
              <a className="tool-link" href={tools[c.item].href}>
                → {tools[c.item].label}
              </a>
            )}
            {c.done && c.doneOn && (
              <span className="muted">
                {c.generated
                  ? t('process.tickedGenerated', { date: formatDate(c.doneOn) })
                  : t('process.ticked', { date: formatDate(c.doneOn), who: c.doneBy })}
              </span>
            )}
          </li>
        ))}
      </ul>
      <ErrorText error={tick.error} />
      <StepDocuments districtId={districtId} step={step.number} documents={step.documents} />
    </div>
  );
}
