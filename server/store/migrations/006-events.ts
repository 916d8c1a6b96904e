/**
 * Events in the centre (a festival, Black Friday, a road closure) marked on the trend charts,
 * so that a peak or a dip in footfall has its explanation next to it.
 */
export default `
  CREATE TABLE events (
    id VARCHAR PRIMARY KEY,
    title VARCHAR NOT NULL,
    starts_on DATE NOT NULL,
    ends_on DATE NOT NULL,
    generated BOOLEAN NOT NULL,
    created_at TIMESTAMPTZ NOT NULL DEFAULT current_timestamp,
    created_by VARCHAR NOT NULL,
    CHECK (ends_on >= starts_on)
  );
`;
