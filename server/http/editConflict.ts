import type { EditConflict } from '../store/editVersions';
import { ApiError } from './errors';

const THING = {
  action: ['Åtgärden', 'The action'],
  stakeholder: ['Intressenten', 'The stakeholder'],
  pot: ['Potten', 'The pot'],
  vision: ['Visionen', 'The vision'],
  boundary: ['Gränsen', 'The boundary'],
  listing: ['Annonsen', 'The listing'],
  ownerActionDistance: ['Avståndet', 'The distance'],
} as const;

const stockholmTime = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  dateStyle: 'short',
  timeStyle: 'short',
});

/**
 * A save based on an old version, as a 409 naming who changed what and when; the web app shows
 * the same from `details` in the reader's language.
 */
export function editConflictError(conflict: EditConflict): ApiError {
  const last = conflict.missed.at(-1)!;
  const fields = [...new Set(conflict.missed.flatMap((m) => m.fields))];
  const [sv, en] = THING[conflict.kind];
  const when = stockholmTime.format(new Date(last.at));
  const what = fields.length > 0 ? ` (${fields.join(', ')})` : '';
  return new ApiError(
    409,
    'edit_conflict',
    `${sv} har ändrats av ${last.by} ${when}${what} sedan du öppnade den. Ladda om och gör din ändring igen. ` +
      `(${en} was changed by ${last.by} at ${when}${what} since you opened it.)`,
    { currentVersion: conflict.current, changedBy: last.by, changedAt: last.at, fields, edits: conflict.missed.length },
  );
}
