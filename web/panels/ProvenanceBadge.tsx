import { useTranslation } from '../i18n';

export type Provenance = 'real' | 'generated' | 'mixed' | 'none';

/** Says whether what you see is real data or generated demo data (nothing where there is no data). */
export function ProvenanceBadge({ provenance }: { provenance: Provenance }) {
  const { t } = useTranslation();
  if (provenance === 'none') return null;
  return <span className={`badge badge-${provenance}`}>{t(`provenance.${provenance}`)}</span>;
}
