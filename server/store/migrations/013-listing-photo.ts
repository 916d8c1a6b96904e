/** A listing may carry a photo of the premises, shown on the public map with the owner's text. */
export default `
  ALTER TABLE premises_listings ADD COLUMN photo BLOB;
  ALTER TABLE premises_listings ADD COLUMN photo_type VARCHAR;
`;
