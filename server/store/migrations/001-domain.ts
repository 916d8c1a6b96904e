/** The BID domain: sources, municipalities, base map, districts with versions, parcels, stakeholders, premises with status history, footfall, index series, actions. */
export default `
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
`;
