/**
 * Daily footfall as some counter portals export it: one count per counter and local day, no
 * hours. Kept apart from the hourly counts; the daily rollup takes a day from here only when
 * the counter has no hourly counts that day.
 */
export default `
  CREATE TABLE footfall_daily_imported (
    counter_id VARCHAR NOT NULL,
    day DATE NOT NULL,
    count BIGINT NOT NULL,
    PRIMARY KEY (counter_id, day)
  );
`;
