import { useTranslation } from '../../i18n';
import type { Process } from '../../api/process';
import { formatDate } from '../../i18n/format';
import { addDays } from '../../../server/domain/calendar';

const WIDTH = 320;
const ROW = 18;

/** The seven steps as bars on one time axis, with today's line: what is late is plain to see. */
export function ProcessTimeline({
  process,
  selected,
  onSelect,
}: {
  process: Process;
  selected: number;
  onSelect: (step: number) => void;
}) {
  const { t } = useTranslation();
  const start = Date.parse(process.startDate);
  const end = Date.parse(process.steps[process.steps.length - 1].plannedEnd);
  const x = (date: string) => ((Date.parse(date) - start) / (end - start)) * WIDTH;
  const today = Date.parse(process.today);
  const height = process.steps.length * ROW + 16;
  return (
    <svg
      className="process-timeline"
      viewBox={`0 0 ${WIDTH} ${height}`}
      width="100%"
      role="img"
      aria-label={t('process.timelineLabel', {
        from: formatDate(process.startDate),
        to: formatDate(process.steps[6].plannedEnd),
      })}
    >
      {process.steps.map((s, i) => (
        <g key={s.number} onClick={() => onSelect(s.number)} style={{ cursor: 'pointer' }}>
          <rect
            x={x(s.plannedStart)}
            y={i * ROW + 2}
            width={Math.max(2, x(s.plannedEnd) - x(s.plannedStart))}
            height={ROW - 5}
            rx={3}
            className={`bar bar-${s.status}${selected === s.number ? ' bar-selected' : ''}`}
          />
          <text x={x(s.plannedStart) + 3} y={i * ROW + 13} className="bar-label">
            {s.number}
          </text>
        </g>
      ))}
      {today >= start && today <= end && (
        <g>
          <line
            x1={((today - start) / (end - start)) * WIDTH}
            x2={((today - start) / (end - start)) * WIDTH}
            y1={0}
            y2={height - 14}
            className="today"
          />
          <text
            x={Math.min(WIDTH - 30, ((today - start) / (end - start)) * WIDTH + 2)}
            y={height - 3}
            className="bar-label"
          >
            {t('process.today')}
          </text>
        </g>
      )}
      <text x={0} y={height - 3} className="bar-label">
        {formatDate(process.startDate)}
      </text>
      <text x={WIDTH} y={height - 3} textAnchor="end" className="bar-label">
        {formatDate(addDays(process.steps[6].plannedEnd, -1))}
      </text>
    </svg>
  );
}
