/**
 * The BID process of a district (start date, checklist ticks, documents per step) and the
 * site walk's observations. The steps and their checklists are fixed by the model
 * (server/domain/bidProcess.ts); only what happened is stored.
 */
export default `
  CREATE TABLE district_process (
    district_id VARCHAR PRIMARY KEY,
    start_date DATE NOT NULL,
    generated BOOLEAN NOT NULL DEFAULT false,
    updated_at TIMESTAMPTZ NOT NULL DEFAULT current_timestamp,
    updated_by VARCHAR NOT NULL
  );

  CREATE TABLE process_ticks (
    district_id VARCHAR NOT NULL,
    item VARCHAR NOT NULL,
    done_on DATE NOT NULL,
    done_by VARCHAR NOT NULL,
    generated BOOLEAN NOT NULL DEFAULT false,
    PRIMARY KEY (district_id, item)
  );

  CREATE TABLE process_documents (
    id VARCHAR PRIMARY KEY,
    district_id VARCHAR NOT NULL,
    step INTEGER NOT NULL CHECK (step BETWEEN 1 AND 7),
    kind VARCHAR NOT NULL,
    title VARCHAR NOT NULL,
    url VARCHAR,
    file BLOB,
    file_name VARCHAR,
    content_type VARCHAR,
    created_at TIMESTAMPTZ NOT NULL DEFAULT current_timestamp,
    created_by VARCHAR NOT NULL,
    CHECK ((url IS NULL) <> (file IS NULL))
  );

  CREATE TABLE site_walks (
    id VARCHAR PRIMARY KEY,
    district_id VARCHAR NOT NULL,
    title VARCHAR NOT NULL,
    walked_on DATE NOT NULL,
    generated BOOLEAN NOT NULL DEFAULT false,
    created_at TIMESTAMPTZ NOT NULL DEFAULT current_timestamp,
    created_by VARCHAR NOT NULL
  );

  CREATE TABLE observations (
    id VARCHAR PRIMARY KEY,
    district_id VARCHAR NOT NULL,
    walk_id VARCHAR NOT NULL,
    focus_area VARCHAR NOT NULL,
    verdict VARCHAR NOT NULL CHECK (verdict IN ('good', 'problem')),
    text VARCHAR NOT NULL,
    lon DOUBLE NOT NULL, lat DOUBLE NOT NULL,
    photo BLOB,
    photo_type VARCHAR,
    action_id VARCHAR,
    generated BOOLEAN NOT NULL DEFAULT false,
    created_at TIMESTAMPTZ NOT NULL DEFAULT current_timestamp,
    created_by VARCHAR NOT NULL
  );
`;
