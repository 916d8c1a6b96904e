import { useTranslation } from '../../i18n';
import { ENGAGEMENT_STEPS, STAKEHOLDER_KINDS } from '../../../server/domain/districts';
import type { RegisterFilters } from './registerRows';

const EDGE_OPTIONS = ['include', 'exclude', 'only'] as const;

/** The register's search box, by-parcel / by-owner switch and filters. */
export function RegisterTools({
  filters,
  onFiltersChange,
  grouped,
  onGroupedChange,
}: {
  filters: RegisterFilters;
  onFiltersChange: (patch: Partial<RegisterFilters>) => void;
  grouped: boolean;
  onGroupedChange: (grouped: boolean) => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <div className="register-tools">
        <input
          type="search"
          aria-label={t('register.search')}
          placeholder={t('register.search')}
          value={filters.query}
          onChange={(e) => onFiltersChange({ query: e.target.value })}
        />
        <div className="segmented" role="radiogroup" aria-label={t('register.show')}>
          {[false, true].map((byOwner) => (
            <label key={String(byOwner)}>
              <input
                type="radio"
                name="register-grouping"
                checked={grouped === byOwner}
                onChange={() => onGroupedChange(byOwner)}
              />
              {t(byOwner ? 'register.byOwner' : 'register.byParcel')}
            </label>
          ))}
        </div>
      </div>
      <div className="register-filters">
        <FilterSelect
          label={t('register.ownerKind')}
          value={filters.ownerKind}
          onChange={(ownerKind) => onFiltersChange({ ownerKind })}
          options={[
            ['', t('register.allOwnerKinds')],
            ...STAKEHOLDER_KINDS.map((k) => [k, t(`stakeholderKinds.${k}`)]),
          ]}
        />
        <FilterSelect
          label={t('register.engagement')}
          value={filters.engagement}
          onChange={(engagement) => onFiltersChange({ engagement })}
          options={[['', t('register.allSteps')], ...ENGAGEMENT_STEPS.map((k) => [k, t(`engagement.${k}`)])]}
        />
        <FilterSelect
          label={t('register.edge')}
          value={filters.edge}
          onChange={(edge) => onFiltersChange({ edge: edge as RegisterFilters['edge'] })}
          options={EDGE_OPTIONS.map((k) => [k, t(`register.edgeOptions.${k}`)])}
        />
        <label className="check">
          <input
            type="checkbox"
            checked={filters.vacantOnly}
            onChange={(e) => onFiltersChange({ vacantOnly: e.target.checked })}
          />
          {t('register.vacantOnly')}
        </label>
      </div>
    </>
  );
}

function FilterSelect({
  label,
  value,
  onChange,
  options,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: string[][];
}) {
  return (
    <select aria-label={label} value={value} onChange={(e) => onChange(e.target.value)}>
      {options.map(([v, text]) => (
        <option key={v} value={v}>
          {text}
        </option>
      ))}
    </select>
  );
}
