/** The count of committed writes, mirrored in `<db>.commits` (see commitLedger.ts). */
export default `
  CREATE TABLE commit_count (n BIGINT NOT NULL);
  INSERT INTO commit_count VALUES (0);
`;
