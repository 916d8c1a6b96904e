import type { TFunction } from './i18n';
import { formatInteger } from './i18n/format';

interface NamedPremises {
  address?: string | null;
  kind: string;
  floorAreaM2?: number | null;
  designation?: string | null;
}

/**
 * What to call a premises that has no business name: its address, else its kind, floor area and
 * the parcel it is on ("Butik 179 m² · Malmö Sillen 2:2"), never a row of identical "Tom lokal".
 */
export function premisesLabel(p: NamedPremises, t: TFunction): string {
  if (p.address) return p.address;
  const area = p.floorAreaM2 ? ` ${t('units.m2', { value: formatInteger(p.floorAreaM2) })}` : '';
  return `${t(`kinds.${p.kind}`)}${area}${p.designation ? ` · ${p.designation}` : ''}`;
}
