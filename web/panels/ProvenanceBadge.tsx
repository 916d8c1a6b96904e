import { useTranslation } from '../i18n';
import type { Provenance } from '../provenance';

/** Says whether what you see is real data or generated demo data (nothing where there is no data). */
export function ProvenanceBadge({ provenance }: { provenance: Provenance }) {
  const { t } = useTranslation();
  if (provenance === 'none') return null;
  return <span className={`badge badge-${provenance}`}>{t(`provenance.${provenance}`)}</span>;
}
