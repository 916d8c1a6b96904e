/**
 * Sign-in attempts per key (address + e-mail) in a sliding window, counted as they start (so
 * forty guesses sent at once are not all checked before the first one fails); a success forgets
 * the key's attempts. After `max` attempts without success the key waits. In memory: one
 * server process, and a restart forgetting is acceptable.
 */
export class LoginRateLimit {
  private readonly failures = new Map<string, number[]>();
  constructor(
    private readonly max = 5,
    private readonly windowMs = 15 * 60_000,
  ) {}

  /** Seconds to wait before the next attempt, or 0 if it may go ahead. */
  retryAfter(key: string, now = Date.now()): number {
    const recent = this.recent(key, now);
    if (recent.length < this.max) return 0;
    return Math.ceil((recent[0] + this.windowMs - now) / 1000);
  }

  attempt(key: string, now = Date.now()): void {
    this.failures.set(key, [...this.recent(key, now), now]);
  }

  succeed(key: string): void {
    this.failures.delete(key);
  }

  private recent(key: string, now: number): number[] {
    return (this.failures.get(key) ?? []).filter((t) => now - t < this.windowMs);
  }
}
