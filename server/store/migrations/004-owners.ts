/** Owner invitations and public listings of vacant premises. */
export default `
  -- Planners invite property owners; the link carries a token whose hash is kept here.
  CREATE TABLE invites (
    token_hash VARCHAR PRIMARY KEY,
    email VARCHAR NOT NULL,
    name VARCHAR NOT NULL,
    stakeholder_id VARCHAR NOT NULL,
    expires_at TIMESTAMPTZ NOT NULL,
    used_at TIMESTAMPTZ,
    created_at TIMESTAMPTZ NOT NULL DEFAULT current_timestamp,
    created_by VARCHAR NOT NULL
  );

  -- A vacant premises an owner offers: what the public sees beside the map.
  CREATE TABLE premises_listings (
    premises_id VARCHAR PRIMARY KEY,
    text VARCHAR NOT NULL,
    contact VARCHAR NOT NULL,
    published_at TIMESTAMPTZ NOT NULL DEFAULT current_timestamp,
    published_by VARCHAR NOT NULL
  );

  INSERT INTO meta VALUES ('owner_action_distance_m', '150');
`;
