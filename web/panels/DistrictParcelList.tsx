import { useTranslation } from 'react-i18next';
import { useDistrictParcels } from '../api/districts';
import type { DistrictParcels } from '../api/client';
import { formatPercent } from '../i18n/format';
import type { Selection } from '../selection';

type Parcel = DistrictParcels['features'][number];

/** Parcels inside the district with their owners and tenants; parcels barely inside are listed apart. */
export function DistrictParcelList({ districtId, onSelect }: { districtId: string; onSelect: (s: Selection) => void }) {
  const { t } = useTranslation();
  const parcels = useDistrictParcels(districtId).data?.features ?? [];
  const inside = parcels.filter((p) => !p.properties.edge);
  const edge = parcels.filter((p) => p.properties.edge);
  const list = (items: Parcel[], testId: string) => (
    <ul className="rows" data-testid={testId}>
      {items.map((p) => (
        <li key={p.id}>
          <button type="button" className="link" onClick={() => onSelect({ type: 'parcel', id: p.id })}>
            {p.properties.designation}
          </button>
          <span className="muted">{t('district.shareInside', { share: formatPercent(p.properties.shareInside) })}</span>
          <span>
            {p.properties.owners
              .map(
                (o) =>
                  `${o.isPrivatePerson && !o.name ? t('parcel.privatePerson') : o.name} (${t(`engagement.${o.engagementStep}`)})`,
              )
              .join(', ') || t('parcel.noOwners')}
          </span>
          {p.properties.tenants.length > 0 && (
            <span className="muted">
              {t('district.tenants')}: {p.properties.tenants.map((x) => x.name).join(', ')}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
  return (
    <section>
      <h3>{t('district.parcelList', { count: inside.length })}</h3>
      {list(inside, 'district-parcels')}
      {edge.length > 0 && (
        <>
          <h3>{t('district.edgeList', { count: edge.length })}</h3>
          {list(edge, 'district-edge-parcels')}
        </>
      )}
    </section>
  );
}
