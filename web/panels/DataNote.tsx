import { useTranslation } from 'react-i18next';
import { useSources } from '../api/queries';
import { ProvenanceBadge } from './ProvenanceBadge';

/** Which data is real open data and which is generated, with licences. */
export function DataNote() {
  const { t } = useTranslation();
  const sources = useSources().data?.sources ?? [];
  return (
    <details className="panel data-note" data-testid="data-note">
      <summary>{t('provenance.heading')}</summary>
      <p>{t('provenance.note')}</p>
      <ul>
        {sources.map((s) => (
          <li key={s.id}>
            <ProvenanceBadge provenance={s.generated ? 'generated' : 'real'} /> {s.title}
            <span className="muted">
              {' '}
              · {t('provenance.licence', { licence: s.licence })}
              {s.attribution ? ` · ${s.attribution}` : ''}
            </span>
          </li>
        ))}
      </ul>
    </details>
  );
}
