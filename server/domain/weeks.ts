import { stockholmLocal, stockholmMidnightUtc } from './stockholmTime';
import { addDays } from './calendar';

/**
 * The last complete ISO week (Monday–Sunday, local time) that ends at or before `endUtc`,
 * the exclusive end of the data.
 */
export function lastFullWeek(endUtc: number): { startDate: string; startUtc: number; endUtc: number } {
  const local = stockholmLocal(endUtc - 1);
  const lastDataDay = `${local.year}-${String(local.month).padStart(2, '0')}-${String(local.day).padStart(2, '0')}`;
  // If the data's last day is a Sunday that week is complete; otherwise step back to the week before.
  const mondayOfLastDay = addDays(lastDataDay, -local.weekday);
  const startDate = local.weekday === 6 ? mondayOfLastDay : addDays(mondayOfLastDay, -7);
  return { startDate, startUtc: stockholmMidnightUtc(startDate), endUtc: stockholmMidnightUtc(addDays(startDate, 7)) };
}
