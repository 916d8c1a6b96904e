/**
 * A file that cannot be imported at all (unreadable, broken, in an unknown format or CRS).
 * The message names what was found, in words a planner understands; nothing is stored.
 */
export class IngestError extends Error {
  constructor(
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}
