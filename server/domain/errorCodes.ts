/**
 * Every `error.code` the API answers with. The message beside it is for people reading the
 * API; the web app shows its own text for the code, in the reader's language.
 */
export const ERROR_CODES = [
  'bad_request',
  'invalid_request',
  'invalid_json',
  'invalid_geometry',
  'outside_extent',
  'invalid_rows',
  'mapping_needed',
  'no_file',
  'empty_file',
  'too_large',
  'unsupported_type',
  'unauthenticated',
  'bad_credentials',
  'too_many_attempts',
  'csrf',
  'forbidden',
  'not_found',
  'already_action',
  'pot_exists',
  'unknown_pot',
  'shares_exceed_whole',
  'date_before_current',
  'not_vacant',
  'not_listed',
  'place_exists',
  'unknown_place_name',
  'invalid_file',
  'invite_unknown',
  'invite_used',
  'invite_expired',
  'invite_exists',
  'edit_conflict',
  'nothing_to_undo',
  'pdf_unavailable',
  'pdf_failed',
  'preview_unavailable',
  'preview_failed',
  'web_app_missing',
  'internal',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** The shapes a boundary can be refused for (`invalid_geometry`'s `details.problem`). */
export const GEOMETRY_PROBLEMS = [
  'invalid-coordinates',
  'too-few-points',
  'self-intersection',
  'zero-area',
  'outside-extent',
  'too-many-points',
  'hole-outside',
  'overlapping-parts',
] as const;
