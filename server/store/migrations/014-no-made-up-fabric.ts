/**
 * Databases seeded before 2026-11-26 hold a generated street grid and houses where a place had
 * no real ones (Malmö centrum): a made-up street grid over a real city. The seed no longer
 * makes them; this takes them out of older databases. Only the seed's rows go: every street
 * and building a user imported is `generated = false`.
 */
export default `
  DELETE FROM basemap_features WHERE generated AND layer IN ('building', 'road');
`;
