import type { Db } from '../store/db';
import { actionCounts, listPlaces, premisesStatusCounts, type Place } from '../store/places';
import { countersWithLastWeek } from '../store/footfall';
import { yearOverYear } from '../store/footfallAnalytics';
import { addDays } from '../domain/calendar';

/**
 * The headline figures of one place, with the same definitions for every place: vacancy rate
 * of the premises inside it, footfall of its counters in the last full week against the same
 * week a year earlier, and its districts' actions done.
 */
async function placeFigures(db: Db, place: Place) {
  const [premises, actions, counters] = await Promise.all([
    premisesStatusCounts(db, place.bbox),
    actionCounts(db, place.bbox),
    countersWithLastWeek(db, place.bbox),
  ]);
  const ids = counters.features.map((c) => c.id);
  const week = counters.lastWeekStart;
  const footfall = ids.length && week ? await yearOverYear(db, ids, week, addDays(week, 7)) : null;
  return {
    id: place.id,
    name: place.name,
    municipalityCode: place.municipalityCode,
    vacancy: {
      premises: premises.premises,
      vacant: premises.vacant,
      rate: premises.premises ? premises.vacant / premises.premises : null,
    },
    footfall:
      footfall && week
        ? {
            week,
            counters: ids.length,
            total: footfall.total,
            previousTotal: footfall.previous.total,
            changePercent: footfall.changePercent,
          }
        : null,
    actions,
  };
}

/** Every place's figures side by side, the default place first. */
export async function placesOverview(db: Db) {
  return Promise.all((await listPlaces(db)).map((p) => placeFigures(db, p)));
}
