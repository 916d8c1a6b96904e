/** Money and the business plan: pots, financing, progress updates, vision, goals. */
export default `
  -- Money and the business plan. Amounts are whole kronor in BIGINT, never floating point.
  CREATE TABLE pots (
    id VARCHAR PRIMARY KEY,
    district_id VARCHAR NOT NULL,
    kind VARCHAR NOT NULL CHECK (kind IN ('investment', 'operating')),
    year INTEGER NOT NULL,
    budget_sek BIGINT NOT NULL CHECK (budget_sek >= 0),
    updated_at TIMESTAMPTZ NOT NULL DEFAULT current_timestamp,
    updated_by VARCHAR NOT NULL,
    UNIQUE (district_id, kind, year)
  );

  ALTER TABLE actions ADD COLUMN pot_id VARCHAR;

  -- How an action is paid for: shares of 1 per party, adding up to exactly 1.
  CREATE TABLE action_financing (
    action_id VARCHAR NOT NULL,
    position INTEGER NOT NULL,
    party VARCHAR NOT NULL,
    stakeholder_id VARCHAR,
    share DOUBLE NOT NULL CHECK (share > 0 AND share <= 1),
    PRIMARY KEY (action_id, position)
  );

  CREATE TABLE action_updates (
    id VARCHAR PRIMARY KEY,
    action_id VARCHAR NOT NULL,
    update_date DATE NOT NULL,
    note VARCHAR NOT NULL,
    photo BLOB,
    photo_type VARCHAR,
    created_at TIMESTAMPTZ NOT NULL DEFAULT current_timestamp,
    created_by VARCHAR NOT NULL
  );

  CREATE TABLE business_plans (
    district_id VARCHAR PRIMARY KEY,
    vision VARCHAR NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL DEFAULT current_timestamp,
    updated_by VARCHAR NOT NULL
  );

  -- A goal is bound to an indicator of the district; its progress is computed, never typed in.
  CREATE TABLE goals (
    id VARCHAR PRIMARY KEY,
    district_id VARCHAR NOT NULL,
    title VARCHAR NOT NULL,
    indicator VARCHAR NOT NULL CHECK (indicator IN ('vacancy-rate', 'footfall-per-week', 'turnover-index', 'members')),
    baseline DOUBLE NOT NULL,
    target DOUBLE NOT NULL,
    target_date DATE NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL DEFAULT current_timestamp,
    updated_by VARCHAR NOT NULL
  );
`;
