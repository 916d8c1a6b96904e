import type { MapPick } from './MapView';
import type { TFunction } from '../i18n';
import { formatDecimal, formatInteger } from '../i18n/format';

type Picked = { properties: Record<string, unknown> };

/** Hover text for whatever is under the pointer, in the current language. */
export function tooltipText(info: MapPick, t: TFunction): string | null {
  const object = info.object as Picked | undefined;
  if (!object || !info.layer) return null;
  const p = object.properties;
  switch (info.layer.id) {
    case 'parcels':
      return `${p.designation}\n${t('units.m2', { value: formatInteger(p.areaM2 as number) })}`;
    case 'premises': {
      const vacant = p.status === 'vacant';
      const name = (p.name as string | null) ?? (vacant ? t('premises.vacantPremises') : t('premises.unnamed'));
      return `${name}\n${t(`kinds.${p.kind}`)} · ${t(`status.${p.status ?? 'unknown'}`)}`;
    }
    case 'footfall':
      return `${p.name}\n${t('footfall.lastWeek')}: ${t('footfall.visitors', { count: p.lastWeekCount as number, formatted: formatInteger(p.lastWeekCount as number) })}`;
    case 'index-zones':
      return `${p.name}\n${t('trends.index')}: ${p.value === null ? '–' : formatDecimal(p.value as number)}${p.changePercent === null ? '' : ` (${(p.changePercent as number) >= 0 ? '+' : '−'}${formatDecimal(Math.abs(p.changePercent as number))} % ${t('trends.vsLastYear')})`}`;
    case 'actions':
      return `${p.title}\n${t(`focusAreas.${p.focusArea}`)} · ${t(`actionStatus.${p.status}`)}`;
    case 'observations':
      return `${p.text}\n${t(`focusAreas.${p.focusArea}`)} · ${t(`walk.verdicts.${p.verdict}`)}`;
    default:
      return null;
  }
}
