/**
 * A vacancy is the owner's to publish: outside the planners' view a premises shows as vacant
 * only when it has a listing, and otherwise shows no status at all (an "occupied" beside a
 * blank would tell the vacancies by their absence). Vacancy rates are counts and stay public.
 *
 * SQL for premises `pr` joined to its status row `st`; `seeAll` is decided by the caller's role,
 * never by the request.
 */
export function visibleStatus(seeAll: boolean): string {
  return seeAll
    ? 'st.status'
    : `CASE WHEN st.status = 'vacant' AND pr.id IN (SELECT premises_id FROM premises_listings) THEN 'vacant' END`;
}

/** When the visible status began: only when the status itself is visible. */
export function visibleStatusSince(seeAll: boolean): string {
  return `CASE WHEN (${visibleStatus(seeAll)}) IS NOT NULL THEN strftime(st.valid_from, '%Y-%m-%d') END`;
}
