import { useTranslation } from 'react-i18next';
import type { PotList } from '../../api/client';
import { formatSek } from '../../i18n/format';

/** Each pot: budget, committed, remaining; a pot in the red says so. */
export function PotBalances({ pots }: { pots: PotList['pots'] }) {
  const { t } = useTranslation();
  if (pots.length === 0) return null;
  return (
    <table className="pots" data-testid="pots">
      <thead><tr><th>{t('plan.pot')}</th><th>{t('plan.budget')}</th><th>{t('plan.committed')}</th><th>{t('plan.remaining')}</th></tr></thead>
      <tbody>
        {pots.map((p) => (
          <tr key={p.id} data-pot={p.id} className={p.remainingSek < 0 ? 'overspent' : undefined}>
            <td>{t(`plan.potKind.${p.kind}`)} {p.year}</td>
            <td>{formatSek(p.budgetSek)}</td>
            <td>{formatSek(p.committedSek)}</td>
            <td data-testid={`remaining-${p.id}`}>{formatSek(p.remainingSek)}{p.remainingSek < 0 ? ` ⚠ ${t('plan.overspent')}` : ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
