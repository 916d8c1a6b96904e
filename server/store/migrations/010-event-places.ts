/**
 * An event belongs to a place (Malmöfestivalen is Malmö's), or to every place when it has
 * none (Black Friday, the first Sunday of Advent).
 */
export default `
  ALTER TABLE events ADD COLUMN place_id VARCHAR;
`;
