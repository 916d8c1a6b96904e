import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n';
import { useAddGoal, usePlan, useSetVision } from '../../api/actionPlan';
import { useMe } from '../../api/auth';
import { INDICATORS, type Indicator } from '../../../server/domain/actionPlan';
import { formatDate, formatDecimal, formatInteger, formatPercent } from '../../i18n/format';
import { ErrorText } from '../../api/errorText';

/** Indicator values read as people say them: a rate in per cent, counts as whole numbers. */
export function formatIndicator(indicator: string, value: number | null): string {
  if (value === null) return '–';
  if (indicator === 'vacancy-rate') return `${formatPercent(value)} %`;
  if (indicator === 'turnover-index') return formatDecimal(value);
  return formatInteger(value);
}

/** The business plan: the vision, and goals whose progress the data computes. */
export function GoalsTab({ districtId }: { districtId: string }) {
  const { t } = useTranslation();
  const isPlanner = useMe().data?.user?.role === 'planner';
  const plan = usePlan(districtId).data;
  const addGoal = useAddGoal(districtId);
  const [title, setTitle] = useState('');
  const [indicator, setIndicator] = useState<Indicator>('vacancy-rate');
  const [baseline, setBaseline] = useState('');
  const [target, setTarget] = useState('');
  const [date, setDate] = useState('');
  if (!plan) return <p>{t('app.loading')}</p>;
  // Rates are typed in per cent and stored as fractions.
  const parse = (v: string) => Number(v.replace(',', '.')) / (indicator === 'vacancy-rate' ? 100 : 1);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    addGoal.mutate(
      { title, indicator, baseline: parse(baseline), target: parse(target), targetDate: date },
      { onSuccess: () => setTitle('') },
    );
  };
  return (
    <section>
      <VisionEditor districtId={districtId} vision={plan.vision} version={plan.visionVersion} canEdit={isPlanner} />
      <ul className="rows goals" data-testid="goals">
        {plan.goals.map((g) => (
          <li key={g.id} data-indicator={g.indicator}>
            <strong>{g.title}</strong>
            <span className="muted">
              {t(`indicators.${g.indicator}`)}: {formatIndicator(g.indicator, g.baseline)} →{' '}
              {formatIndicator(g.indicator, g.target)} {t('plan.by')} {formatDate(g.targetDate)}
            </span>
            <span>
              {t('plan.now')} {formatIndicator(g.indicator, g.current)}
            </span>
            <progress max={1} value={g.progress ?? 0} aria-label={t('plan.progress')} />
            <span className="muted" data-testid="goal-progress">
              {g.progress === null ? '–' : `${formatPercent(g.progress)} % ${t('plan.ofTheWay')}`}
            </span>
          </li>
        ))}
      </ul>
      {isPlanner && (
        <form className="save-form" onSubmit={submit} aria-label={t('plan.newGoal')}>
          <label>
            {t('plan.goalTitle')}
            <input value={title} onChange={(e) => setTitle(e.target.value)} required maxLength={300} />
          </label>
          <label>
            {t('plan.indicator')}
            <select value={indicator} onChange={(e) => setIndicator(e.target.value as Indicator)}>
              {INDICATORS.map((i) => (
                <option key={i} value={i}>
                  {t(`indicators.${i}`)}
                </option>
              ))}
            </select>
          </label>
          <div className="two">
            <label>
              {t('plan.baseline')}
              <input value={baseline} onChange={(e) => setBaseline(e.target.value)} inputMode="decimal" required />
            </label>
            <label>
              {t('plan.target')}
              <input value={target} onChange={(e) => setTarget(e.target.value)} inputMode="decimal" required />
            </label>
          </div>
          <label>
            {t('plan.targetDate')}
            <input type="date" value={date} onChange={(e) => setDate(e.target.value)} required />
          </label>
          <ErrorText error={addGoal.error} />
          <button type="submit" disabled={addGoal.isPending}>
            {t('plan.addGoal')}
          </button>
        </form>
      )}
    </section>
  );
}

function VisionEditor({
  districtId,
  vision,
  version,
  canEdit,
}: {
  districtId: string;
  vision: string | null;
  version: number;
  canEdit: boolean;
}) {
  const { t } = useTranslation();
  const save = useSetVision(districtId);
  const [draft, setDraft] = useState<string | null>(null);
  const [basedOnVersion, setBasedOnVersion] = useState(version);
  if (draft === null) {
    return (
      <div>
        {vision ? <blockquote className="vision">{vision}</blockquote> : <p className="muted">{t('plan.noVision')}</p>}
        {canEdit && (
          <button
            type="button"
            className="link"
            onClick={() => {
              setDraft(vision ?? '');
              setBasedOnVersion(version);
            }}
          >
            {t('plan.editVision')}
          </button>
        )}
      </div>
    );
  }
  return (
    <form
      className="save-form"
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate({ vision: draft, version: basedOnVersion }, { onSuccess: () => setDraft(null) });
      }}
    >
      <label>
        {t('plan.vision')}
        <textarea value={draft} onChange={(e) => setDraft(e.target.value)} rows={4} maxLength={8000} required />
      </label>
      <ErrorText error={save.error} />
      <div className="buttons">
        <button type="submit" disabled={save.isPending}>
          {t('plan.saveVision')}
        </button>
        <button type="button" className="secondary" onClick={() => setDraft(null)}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
