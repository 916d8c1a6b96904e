/** Most features one bbox request returns; the response says `truncated` when there were more. */
export const MAX_FEATURES_PER_REQUEST = 5000;
