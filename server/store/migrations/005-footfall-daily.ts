/**
 * Daily footfall per counter and local (Stockholm) date, rolled up from the hourly counts.
 * Day, week and month series read this instead of converting millions of hourly timestamps
 * to local time on every request; whoever writes hourly counts refreshes the days touched.
 */
export default `
  CREATE TABLE footfall_daily (
    counter_id VARCHAR NOT NULL,
    day DATE NOT NULL,
    count BIGINT NOT NULL,
    hours INTEGER NOT NULL
  );
`;
