/**
 * Only listed premises are on the public map (the owner's consent); the demo's listings are
 * generated and say so.
 */
export default `
  ALTER TABLE premises_listings ADD COLUMN generated BOOLEAN DEFAULT false;
`;
