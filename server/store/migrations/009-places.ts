/**
 * Places (a *centrum* each: Malmö centrum, Stockholm City, Fruängen centrum …). A place owns the
 * data inside its extent: parcels, buildings, streets, premises, counters and districts are
 * found by their own extent, so a place is a name, a municipality and an area. One is the
 * default, for every route asked without `?place=`.
 */
export default `
  CREATE TABLE places (
    id VARCHAR PRIMARY KEY,
    name VARCHAR NOT NULL,
    municipality_code VARCHAR NOT NULL,
    min_x DOUBLE NOT NULL, min_y DOUBLE NOT NULL, max_x DOUBLE NOT NULL, max_y DOUBLE NOT NULL,
    is_default BOOLEAN NOT NULL DEFAULT false,
    position INTEGER NOT NULL DEFAULT 0,
    created_at TIMESTAMP NOT NULL DEFAULT current_timestamp
  );
  -- A database seeded before places existed: its centre becomes the default place.
  INSERT INTO places (id, name, municipality_code, min_x, min_y, max_x, max_y, is_default)
  SELECT 'malmo-centrum', json_extract_string(value, '$.name'), json_extract_string(value, '$.municipalityCode'),
         CAST(json_extract(value, '$.bbox[0]') AS DOUBLE), CAST(json_extract(value, '$.bbox[1]') AS DOUBLE),
         CAST(json_extract(value, '$.bbox[2]') AS DOUBLE), CAST(json_extract(value, '$.bbox[3]') AS DOUBLE), true
  FROM meta WHERE key = 'centre';
`;
