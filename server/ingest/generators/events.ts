/**
 * Recurring events, placed by rule (the real dates vary): Malmö's city festival in mid-August
 * (Malmö's own), and for every place Black Friday and the first Sunday of Advent when the
 * Christmas lights go on. They are marked generated; a planner adds the real ones.
 */
export interface SeedEvent {
  id: string;
  title: string;
  startsOn: string;
  endsOn: string;
  /** The place it belongs to; null for every place. */
  placeId: string | null;
}

const iso = (d: Date) => d.toISOString().slice(0, 10);
const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const addDays = (d: Date, n: number) => new Date(d.getTime() + n * 86_400_000);
/** The first date on or after `from` that falls on `weekday` (0 = Sunday). */
const onOrAfter = (from: Date, weekday: number) => addDays(from, (weekday - from.getUTCDay() + 7) % 7);

export function seedEvents(fromYear: number, toYear: number, malmoPlaceId: string): SeedEvent[] {
  const events: SeedEvent[] = [];
  for (let y = fromYear; y <= toYear; y++) {
    const festival = onOrAfter(day(y, 8, 12), 5);
    events.push({
      id: `event-festival-${y}`,
      title: 'Malmöfestivalen',
      startsOn: iso(festival),
      endsOn: iso(addDays(festival, 7)),
      placeId: malmoPlaceId,
    });
    const blackFriday = addDays(onOrAfter(day(y, 11, 22), 4), 1);
    events.push({
      id: `event-black-friday-${y}`,
      title: 'Black Friday',
      startsOn: iso(blackFriday),
      endsOn: iso(blackFriday),
      placeId: null,
    });
    const advent = onOrAfter(day(y, 11, 27), 0);
    events.push({
      id: `event-advent-${y}`,
      title: 'Julbelysningen tänds (första advent)',
      startsOn: iso(advent),
      endsOn: iso(advent),
      placeId: null,
    });
  }
  return events;
}
