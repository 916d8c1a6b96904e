import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n';
import type { PotList } from '../../api/client';
import { useAddPot, useSetPotBudget } from '../../api/actionPlan';
import { formatSek } from '../../i18n/format';
import { ErrorText } from '../../api/errorText';

type Pot = PotList['pots'][number];

/** Each pot: budget, committed, remaining; a pot in the red says so. Planners set the yearly budgets here. */
export function PotBalances({ districtId, pots }: { districtId: string; pots: Pot[] }) {
  const { t } = useTranslation();
  const setBudget = useSetPotBudget(districtId);
  const addPot = useAddPot(districtId);
  const [kind, setKind] = useState<'investment' | 'operating'>('investment');
  const [year, setYear] = useState(String(new Date().getFullYear() + 1));
  const [budget, setBudgetText] = useState('');
  const amount = (text: string) => Number(text.replace(/\s/g, ''));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    addPot.mutate({ kind, year: Number(year), budgetSek: amount(budget) });
  };
  return (
    <>
      <table className="pots" data-testid="pots">
        <thead>
          <tr>
            <th>{t('plan.pot')}</th>
            <th>{t('plan.budget')}</th>
            <th>{t('plan.committed')}</th>
            <th>{t('plan.remaining')}</th>
          </tr>
        </thead>
        <tbody>
          {pots.map((p) => (
            <tr key={p.id} data-pot={p.id} className={p.remainingSek < 0 ? 'overspent' : undefined}>
              <td>
                {t(`plan.potKind.${p.kind}`)} {p.year}
              </td>
              <td>
                <input
                  aria-label={`${t('plan.budget')} ${t(`plan.potKind.${p.kind}`)} ${p.year}`}
                  defaultValue={p.budgetSek}
                  inputMode="numeric"
                  className="budget"
                  onBlur={(e) => {
                    const v = amount(e.target.value);
                    if (Number.isInteger(v) && v >= 0 && v !== p.budgetSek)
                      setBudget.mutate({ id: p.id, budgetSek: v, version: p.version });
                  }}
                />
              </td>
              <td>{formatSek(p.committedSek)}</td>
              <td data-testid={`remaining-${p.id}`}>
                {formatSek(p.remainingSek)}
                {p.remainingSek < 0 ? ` ⚠ ${t('plan.overspent')}` : ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <ErrorText error={setBudget.error ?? addPot.error} />
      <details>
        <summary className="muted">{t('plan.newPot')}</summary>
        <form className="two" onSubmit={submit}>
          <select
            aria-label={t('plan.pot')}
            value={kind}
            onChange={(e) => setKind(e.target.value as 'investment' | 'operating')}
          >
            <option value="investment">{t('plan.potKind.investment')}</option>
            <option value="operating">{t('plan.potKind.operating')}</option>
          </select>
          <input
            aria-label={t('plan.year')}
            value={year}
            onChange={(e) => setYear(e.target.value)}
            inputMode="numeric"
            required
          />
          <input
            aria-label={t('plan.budget')}
            value={budget}
            onChange={(e) => setBudgetText(e.target.value)}
            inputMode="numeric"
            required
            placeholder="1 000 000"
          />
          <button type="submit" disabled={addPot.isPending}>
            {t('plan.addPot')}
          </button>
        </form>
      </details>
    </>
  );
}
