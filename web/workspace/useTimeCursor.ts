import { useMemo } from 'react';
import { useConfig } from '../api/queries';
import { chartXOfWeek, indexMonthOf, timeline, weekOfChartX } from './timeline';
import { useWorkspace } from './Workspace';

const NO_WEEKS: string[] = [];

/**
 * The workspace's one time cursor and what follows from it: the weeks it moves through, the
 * week shown, the date premises are shown at, and the turnover index month.
 */
export function useTimeCursor() {
  const { week, setWeek } = useWorkspace();
  const dataDate = useConfig().data?.dataDate ?? null;
  const period = useMemo(() => (dataDate ? timeline(dataDate) : null), [dataDate]);
  const weeks = period?.weeks ?? NO_WEEKS;
  return {
    period,
    weeks,
    /** The chosen week's Monday, null when following the latest. */
    week,
    /** The week on show: the chosen one or the latest. */
    shown: week ?? weeks.at(-1) ?? null,
    setWeek,
    /** Premises' status at this date; null: as they are today. */
    statusDate: week,
    indexMonth: dataDate ? indexMonthOf(week, dataDate) : null,
  };
}

/** What a chart needs to show the time cursor and move it by a click. */
export function useChartCursor() {
  const { weeks, shown, setWeek } = useTimeCursor();
  const last = weeks.at(-1);
  return {
    marker: shown ? chartXOfWeek(shown) : null,
    onPick: (x: number) => {
      const monday = weekOfChartX(x);
      // Clicks outside the cursor's year (a 24-month chart) move it to the nearest end.
      const week = monday < weeks[0] ? weeks[0] : last && monday > last ? last : monday;
      setWeek(week === last ? null : week);
    },
  };
}
