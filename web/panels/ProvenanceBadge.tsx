import { useTranslation } from '../i18n';
import type { Config } from '../api/client';

/** As the server says it of each layer in a place: real, generated, both, or none. */
export type Provenance = Config['provenance'][keyof Config['provenance']];

/** Says whether what you see is real data or generated demo data (nothing where there is no data). */
export function ProvenanceBadge({ provenance }: { provenance: Provenance }) {
  const { t } = useTranslation();
  if (provenance === 'none') return null;
  return <span className={`badge badge-${provenance}`}>{t(`provenance.${provenance}`)}</span>;
}
