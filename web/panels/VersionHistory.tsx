import { useTranslation } from '../i18n';
import { useDistrictVersions } from '../api/districts';
import { formatDate, formatInteger } from '../i18n/format';

/** Every saved boundary: who, when, why, how large; pick two to compare them on the map. */
export function VersionHistory({
  districtId,
  compare,
  onCompareChange,
}: {
  districtId: string;
  compare: [number, number] | null;
  onCompareChange: (c: [number, number] | null) => void;
}) {
  const { t } = useTranslation();
  const versions = useDistrictVersions(districtId).data?.features ?? [];
  const latest = versions[0]?.properties.version;
  return (
    <section>
      <h3>{t('district.history')}</h3>
      <ol className="rows versions" data-testid="version-history">
        {versions.map((v) => (
          <li key={v.properties.version}>
            <strong>{t('district.version', { version: v.properties.version })}</strong>
            <span className="muted">
              {formatDate(v.properties.createdAt)} · {v.properties.createdBy} ·{' '}
              {t('units.m2', { value: formatInteger(v.properties.areaM2) })}
            </span>
            {v.properties.note && <span>{v.properties.note}</span>}
            {v.properties.version !== latest && (
              <button
                type="button"
                className="link"
                aria-pressed={compare?.[0] === v.properties.version}
                onClick={() =>
                  onCompareChange(compare?.[0] === v.properties.version ? null : [v.properties.version, latest!])
                }
              >
                {compare?.[0] === v.properties.version ? t('district.stopCompare') : t('district.compareWithLatest')}
              </button>
            )}
          </li>
        ))}
      </ol>
      {compare && (
        <p className="muted compare-legend">
          <span className="dot" style={{ background: 'rgba(44,160,44,0.6)' }} /> {t('district.added')}
          <span className="dot" style={{ background: 'rgba(214,39,40,0.6)' }} /> {t('district.removed')}
        </p>
      )}
    </section>
  );
}
