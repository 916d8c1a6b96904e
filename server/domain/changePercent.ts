/** The change from `before` to `now` in percent, one decimal; null when there is nothing to compare. */
export const changePercent = (now: number | null, before: number | null) =>
  now !== null && before !== null && before !== 0 ? Math.round((now / before - 1) * 1000) / 10 : null;
