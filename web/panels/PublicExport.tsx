import { useTranslation } from '../i18n';

/**
 * The public map of a place as a folder of static files, zipped: the planner puts it on the
 * municipality's web host or a CDN, and readers never reach this server.
 */
export function PublicExport({ place }: { place: string }) {
  const { t } = useTranslation();
  return (
    <details className="panel place-import-panel">
      <summary>{t('publicExport.title')}</summary>
      <p className="muted small">{t('publicExport.explain')}</p>
      <a
        className="button"
        href={`/api/places/${encodeURIComponent(place)}/public-export.zip`}
        download
        data-testid="public-export"
      >
        {t('publicExport.download')}
      </a>
    </details>
  );
}
