/** Accounts, sessions, the audit log and the contact log. */
export default `
  -- Accounts: planners (everything in the municipality's data) and property owners (their own).
  CREATE TABLE users (
    id VARCHAR PRIMARY KEY,
    email VARCHAR NOT NULL UNIQUE,
    name VARCHAR NOT NULL,
    role VARCHAR NOT NULL CHECK (role IN ('planner', 'owner')),
    password_hash VARCHAR NOT NULL,
    stakeholder_id VARCHAR,
    disabled BOOLEAN NOT NULL DEFAULT false,
    created_at TIMESTAMPTZ NOT NULL DEFAULT current_timestamp
  );

  -- Sessions by the SHA-256 of their cookie token, so a leaked table opens no session.
  CREATE TABLE sessions (
    token_hash VARCHAR PRIMARY KEY,
    user_id VARCHAR NOT NULL,
    csrf_token VARCHAR NOT NULL,
    created_at TIMESTAMPTZ NOT NULL DEFAULT current_timestamp,
    expires_at TIMESTAMPTZ NOT NULL
  );

  -- Every write: who, what, when, and the record before and after.
  CREATE TABLE audit_log (
    id VARCHAR PRIMARY KEY,
    occurred_at TIMESTAMPTZ NOT NULL DEFAULT current_timestamp,
    user_id VARCHAR NOT NULL,
    action VARCHAR NOT NULL,
    entity VARCHAR NOT NULL,
    entity_id VARCHAR NOT NULL,
    before JSON,
    after JSON
  );

  -- A dated log of contacts with a stakeholder: the memory that survives staff changes.
  CREATE TABLE contact_log (
    id VARCHAR PRIMARY KEY,
    stakeholder_id VARCHAR NOT NULL,
    contacted_on DATE NOT NULL,
    channel VARCHAR NOT NULL CHECK (channel IN ('meeting', 'phone', 'email', 'letter', 'site-visit', 'other')),
    note VARCHAR NOT NULL,
    created_at TIMESTAMPTZ NOT NULL DEFAULT current_timestamp,
    created_by VARCHAR NOT NULL
  );
`;
