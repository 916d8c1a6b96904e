import { useTranslation } from '../../i18n';
import type { ActionList as Actions } from '../../api/client';
import { FOCUS_AREA_COLORS, rgbaCss } from '../../map/layers/colors';
import { formatDate, formatSek } from '../../i18n/format';

type Action = Actions['actions'][number];

/** The plan as a list; the selected action is marked, a click selects it everywhere. */
export function ActionList({
  actions,
  selectedId,
  onSelect,
}: {
  actions: Action[];
  selectedId: string | null;
  onSelect: (id: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <ul className="rows action-list" data-testid="action-list">
      {actions.map((a) => (
        <li key={a.id} aria-current={a.id === selectedId} className={a.id === selectedId ? 'selected' : undefined}>
          <button type="button" className="link" onClick={() => onSelect(a.id)}>
            <span
              className="dot"
              style={{ background: rgbaCss(FOCUS_AREA_COLORS[a.focusArea as keyof typeof FOCUS_AREA_COLORS]) }}
            />{' '}
            {a.title}
          </button>
          <span className="muted">
            {t(`focusAreas.${a.focusArea}`)} · {t(`actionStatus.${a.status}`)}
            {a.start ? ` · ${formatDate(a.start)}${a.end ? ` – ${formatDate(a.end)}` : ''}` : ''}
            {'costSek' in a ? ` · ${formatSek(Number(a.costSek))}` : ''}
          </span>
        </li>
      ))}
    </ul>
  );
}
