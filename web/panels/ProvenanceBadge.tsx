import { useTranslation } from '../i18n';

export type Provenance = 'real' | 'generated' | 'mixed';

/** Says whether what you see is real open data or generated demo data. */
export function ProvenanceBadge({ provenance }: { provenance: Provenance }) {
  const { t } = useTranslation();
  return <span className={`badge badge-${provenance}`}>{t(`provenance.${provenance}`)}</span>;
}
