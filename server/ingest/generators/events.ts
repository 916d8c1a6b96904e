/**
 * Recurring events of Malmö's centre, placed by rule (the real dates vary): the city festival
 * in mid-August, Black Friday, and the first Sunday of Advent when the Christmas lights go on.
 * They are marked generated; a planner adds the real ones.
 */
export interface SeedEvent {
  id: string;
  title: string;
  startsOn: string;
  endsOn: string;
}

const iso = (d: Date) => d.toISOString().slice(0, 10);
const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const addDays = (d: Date, n: number) => new Date(d.getTime() + n * 86_400_000);
/** The first date on or after `from` that falls on `weekday` (0 = Sunday). */
const onOrAfter = (from: Date, weekday: number) => addDays(from, (weekday - from.getUTCDay() + 7) % 7);

export function seedEvents(fromYear: number, toYear: number): SeedEvent[] {
  const events: SeedEvent[] = [];
  for (let y = fromYear; y <= toYear; y++) {
    const festival = onOrAfter(day(y, 8, 12), 5);
    events.push({
      id: `event-festival-${y}`,
      title: 'Malmöfestivalen',
      startsOn: iso(festival),
      endsOn: iso(addDays(festival, 7)),
    });
    const blackFriday = addDays(onOrAfter(day(y, 11, 22), 4), 1);
    events.push({
      id: `event-black-friday-${y}`,
      title: 'Black Friday',
      startsOn: iso(blackFriday),
      endsOn: iso(blackFriday),
    });
    const advent = onOrAfter(day(y, 11, 27), 0);
    events.push({
      id: `event-advent-${y}`,
      title: 'Julbelysningen tänds (första advent)',
      startsOn: iso(advent),
      endsOn: iso(advent),
    });
  }
  return events;
}
