import type { Db } from './db';

/**
 * The schema as an ordered list of migrations. A migration never changes once released;
 * a change to the model is a new entry. `meta.schema_version` records how far a file has come.
 *
 * Geometry is stored as core GEOMETRY (WKB, WGS 84) with its extent in min_x … max_y, so a
 * bbox filter is four comparisons DuckDB can prune by row-group statistics. `generated` marks
 * every row the seed recipe made up, as opposed to rows imported from real data.
 */
const MIGRATIONS: string[] = [
  `
  -- No FOREIGN KEY clauses: DuckDB turns an UPDATE of a referenced row into delete + insert,
  -- which the constraint then refuses. The stores keep references whole inside transactions.
  CREATE TABLE meta (key VARCHAR PRIMARY KEY, value VARCHAR NOT NULL);

  CREATE TABLE sources (
    id VARCHAR PRIMARY KEY,
    title VARCHAR NOT NULL,
    licence VARCHAR NOT NULL,
    attribution VARCHAR,
    generated BOOLEAN NOT NULL,
    imported_at TIMESTAMPTZ NOT NULL DEFAULT current_timestamp
  );

  CREATE TABLE municipalities (
    code VARCHAR PRIMARY KEY,
    name VARCHAR NOT NULL,
    geom GEOMETRY NOT NULL,
    min_x DOUBLE NOT NULL, min_y DOUBLE NOT NULL, max_x DOUBLE NOT NULL, max_y DOUBLE NOT NULL,
    source_id VARCHAR NOT NULL
  );

  -- Features of the offline base map: land, buildings, roads, place labels.
  CREATE TABLE basemap_features (
    id VARCHAR PRIMARY KEY,
    layer VARCHAR NOT NULL CHECK (layer IN ('building', 'road', 'place')),
    kind VARCHAR,
    name VARCHAR,
    geom GEOMETRY NOT NULL,
    min_x DOUBLE NOT NULL, min_y DOUBLE NOT NULL, max_x DOUBLE NOT NULL, max_y DOUBLE NOT NULL,
    source_id VARCHAR NOT NULL,
    generated BOOLEAN NOT NULL
  );

  CREATE TABLE districts (
    id VARCHAR PRIMARY KEY,
    name VARCHAR NOT NULL,
    type VARCHAR NOT NULL CHECK (type IN ('city-centre', 'service-bid', 'purple-flag', 'other')),
    municipality_code VARCHAR,
    generated BOOLEAN NOT NULL,
    created_at TIMESTAMPTZ NOT NULL DEFAULT current_timestamp,
    created_by VARCHAR NOT NULL
  );

  -- Every save of a boundary is a new row; the district's current boundary is its highest version.
  CREATE TABLE district_versions (
    district_id VARCHAR NOT NULL,
    version INTEGER NOT NULL,
    geom GEOMETRY NOT NULL,
    min_x DOUBLE NOT NULL, min_y DOUBLE NOT NULL, max_x DOUBLE NOT NULL, max_y DOUBLE NOT NULL,
    area_m2 DOUBLE NOT NULL,
    note VARCHAR,
    created_at TIMESTAMPTZ NOT NULL DEFAULT current_timestamp,
    created_by VARCHAR NOT NULL,
    PRIMARY KEY (district_id, version)
  );

  CREATE TABLE parcels (
    id VARCHAR PRIMARY KEY,
    designation VARCHAR NOT NULL,
    municipality_code VARCHAR,
    geom GEOMETRY NOT NULL,
    min_x DOUBLE NOT NULL, min_y DOUBLE NOT NULL, max_x DOUBLE NOT NULL, max_y DOUBLE NOT NULL,
    area_m2 DOUBLE NOT NULL,
    source_id VARCHAR NOT NULL,
    generated BOOLEAN NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL DEFAULT current_timestamp,
    updated_by VARCHAR NOT NULL
  );

  CREATE TABLE stakeholders (
    id VARCHAR PRIMARY KEY,
    kind VARCHAR NOT NULL CHECK (kind IN ('property-owner', 'business', 'association', 'municipality-department',
      'region', 'county-board', 'business-support', 'police', 'church', 'school', 'media', 'other')),
    name VARCHAR NOT NULL,
    org_number VARCHAR,
    -- A private person's name and contact details are personal data (GDPR) and never leave
    -- the server in a public response.
    is_private_person BOOLEAN NOT NULL DEFAULT false,
    email VARCHAR,
    phone VARCHAR,
    engagement_step VARCHAR NOT NULL DEFAULT 'identified'
      CHECK (engagement_step IN ('identified', 'contacted', 'letter-of-intent', 'member', 'steering-group')),
    generated BOOLEAN NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL DEFAULT current_timestamp,
    updated_by VARCHAR NOT NULL
  );

  CREATE TABLE parcel_owners (
    parcel_id VARCHAR NOT NULL,
    stakeholder_id VARCHAR NOT NULL,
    share DOUBLE NOT NULL CHECK (share > 0 AND share <= 1),
    generated BOOLEAN NOT NULL,
    PRIMARY KEY (parcel_id, stakeholder_id)
  );

  CREATE TABLE premises (
    id VARCHAR PRIMARY KEY,
    parcel_id VARCHAR,
    name VARCHAR,
    kind VARCHAR NOT NULL,
    address VARCHAR,
    floor_area_m2 DOUBLE,
    -- Open data has no floor areas yet; a generated one is marked so the UI can say so.
    floor_area_generated BOOLEAN NOT NULL DEFAULT false,
    osm_id VARCHAR,
    lon DOUBLE NOT NULL, lat DOUBLE NOT NULL,
    geom GEOMETRY NOT NULL,
    source_id VARCHAR NOT NULL,
    generated BOOLEAN NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL DEFAULT current_timestamp,
    updated_by VARCHAR NOT NULL
  );

  -- Status history: one row per period; the open row (valid_to NULL) is the current status.
  CREATE TABLE premises_status (
    premises_id VARCHAR NOT NULL,
    status VARCHAR NOT NULL CHECK (status IN ('occupied', 'vacant')),
    valid_from DATE NOT NULL,
    valid_to DATE,
    generated BOOLEAN NOT NULL,
    recorded_at TIMESTAMPTZ NOT NULL DEFAULT current_timestamp,
    recorded_by VARCHAR NOT NULL,
    PRIMARY KEY (premises_id, valid_from)
  );

  CREATE TABLE premises_tenants (
    premises_id VARCHAR NOT NULL,
    stakeholder_id VARCHAR NOT NULL,
    since DATE,
    generated BOOLEAN NOT NULL,
    PRIMARY KEY (premises_id, stakeholder_id)
  );

  CREATE TABLE footfall_counters (
    id VARCHAR PRIMARY KEY,
    name VARCHAR NOT NULL,
    lon DOUBLE NOT NULL, lat DOUBLE NOT NULL,
    geom GEOMETRY NOT NULL,
    installed_on DATE,
    source_id VARCHAR NOT NULL,
    generated BOOLEAN NOT NULL
  );

  -- Hourly counts, ts = start of the hour in UTC. No index: DuckDB scans columns faster
  -- than it would maintain an ART index over millions of rows.
  CREATE TABLE footfall_counts (
    counter_id VARCHAR NOT NULL,
    ts TIMESTAMPTZ NOT NULL,
    count INTEGER NOT NULL CHECK (count >= 0),
    generated BOOLEAN NOT NULL
  );

  CREATE TABLE index_zones (
    id VARCHAR PRIMARY KEY,
    name VARCHAR NOT NULL,
    geom GEOMETRY NOT NULL,
    min_x DOUBLE NOT NULL, min_y DOUBLE NOT NULL, max_x DOUBLE NOT NULL, max_y DOUBLE NOT NULL,
    generated BOOLEAN NOT NULL
  );

  -- Cityindex-style series: value per zone and month (period = first day of the month).
  CREATE TABLE index_values (
    zone_id VARCHAR NOT NULL,
    series VARCHAR NOT NULL,
    period DATE NOT NULL,
    value DOUBLE NOT NULL,
    generated BOOLEAN NOT NULL,
    PRIMARY KEY (zone_id, series, period)
  );

  CREATE TABLE actions (
    id VARCHAR PRIMARY KEY,
    district_id VARCHAR NOT NULL,
    title VARCHAR NOT NULL,
    description VARCHAR,
    focus_area VARCHAR NOT NULL CHECK (focus_area IN ('place-brand', 'offering', 'place', 'accessibility', 'clean-safe')),
    status VARCHAR NOT NULL CHECK (status IN ('idea', 'planned', 'ongoing', 'done', 'cancelled')),
    priority INTEGER,
    start_date DATE,
    end_date DATE,
    responsible_stakeholder_id VARCHAR,
    geom GEOMETRY,
    cost_sek BIGINT NOT NULL DEFAULT 0,
    public BOOLEAN NOT NULL DEFAULT false,
    public_text VARCHAR,
    generated BOOLEAN NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL DEFAULT current_timestamp,
    updated_by VARCHAR NOT NULL,
    CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date)
  );
  `,
  `
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
  `,
  `
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
  `,
  `
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
  `,
];

export async function migrate(db: Db): Promise<void> {
  const hasMeta = await db.one<{ n: number }>(
    "SELECT count(*)::INTEGER AS n FROM information_schema.tables WHERE table_name = 'meta'",
  );
  let version = 0;
  if (hasMeta?.n) {
    const row = await db.one<{ value: string }>("SELECT value FROM meta WHERE key = 'schema_version'");
    version = Number(row?.value ?? 0);
  }
  for (let i = version; i < MIGRATIONS.length; i++) {
    await db.transaction(async (tx) => {
      await tx.run(MIGRATIONS[i]);
      await tx.run(
        "INSERT INTO meta VALUES ('schema_version', $v) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        { v: String(i + 1) },
      );
    });
  }
}
