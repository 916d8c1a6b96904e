import { useTranslation } from '../../i18n';
import type { ActionOnMap } from '../../map/layers/actions';
import { FOCUS_AREA_COLORS, rgbaCss } from '../../map/layers/colors';

type Action = ActionOnMap;
const DAY = 86_400_000;
const ROW = 22;
const LABEL = 0;

/** A Gantt-like timeline: one bar per dated action from start to end, months along the top. */
export function ActionTimeline({
  actions,
  selectedId,
  onSelect,
}: {
  actions: readonly Action[];
  selectedId: string | null;
  onSelect: (id: string) => void;
}) {
  const { t } = useTranslation();
  const dated = actions.filter((a) => a.start);
  if (dated.length === 0) return <p className="muted">{t('timeline.noDatedActions')}</p>;
  const time = (d: string) => Date.parse(`${d}T00:00:00Z`);
  const from = new Date(Math.min(...dated.map((a) => time(a.start!))));
  const first = Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), 1);
  const last = Math.max(...dated.map((a) => time(a.end ?? a.start!) + DAY));
  const width = 330;
  const x = (ms: number) => LABEL + ((ms - first) / (last - first)) * (width - LABEL);
  const months: number[] = [];
  for (let m = new Date(first); m.getTime() < last; m.setUTCMonth(m.getUTCMonth() + 1)) months.push(m.getTime());
  const height = 18 + dated.length * ROW;
  return (
    <svg
      className="timeline"
      data-testid="action-timeline"
      width={width}
      height={height}
      role="img"
      aria-label={t('timeline.title')}
    >
      {months.map((m) => {
        const d = new Date(m);
        return (
          <g key={m}>
            <line x1={x(m)} x2={x(m)} y1={14} y2={height} stroke="#e3e5ea" />
            {d.getUTCMonth() % 3 === 0 && (
              <text
                x={x(m) + 2}
                y={11}
                fontSize="9"
                fill="#5b6270"
              >{`${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`}</text>
            )}
          </g>
        );
      })}
      {dated.map((a, i) => {
        const x0 = x(time(a.start!));
        const x1 = Math.max(x0 + 4, x(time(a.end ?? a.start!) + DAY));
        const selected = a.id === selectedId;
        return (
          <g key={a.id} data-action={a.id} onClick={() => onSelect(a.id)} style={{ cursor: 'pointer' }}>
            <title>{a.title}</title>
            <rect
              x={x0}
              y={18 + i * ROW}
              width={x1 - x0}
              height={ROW - 6}
              rx={3}
              fill={rgbaCss(FOCUS_AREA_COLORS[a.focusArea as keyof typeof FOCUS_AREA_COLORS])}
              opacity={a.status === 'cancelled' ? 0.3 : 0.85}
              stroke={selected ? '#ff8c00' : 'none'}
              strokeWidth={selected ? 3 : 0}
            />
            <text x={Math.min(x0 + 3, width - 120)} y={18 + i * ROW + 11} fontSize="10" fill="#1f2430">
              {a.title.slice(0, 40)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
