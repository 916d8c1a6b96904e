import { useState } from 'react';
import { useTranslation } from '../i18n';
import { useSources } from '../api/queries';
import { ProvenanceBadge } from './ProvenanceBadge';

/** Which data is real open data and which is generated, with licences (read when opened). */
export function DataNote() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <details className="panel data-note" data-testid="data-note" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t('provenance.heading')}</summary>
      <p>{t('provenance.note')}</p>
      {open && <SourceList />}
    </details>
  );
}

function SourceList() {
  const { t } = useTranslation();
  const sources = useSources().data?.sources ?? [];
  return (
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
  );
}
