import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { Db } from '../store/db';
import { countPlanners } from '../store/users';

/**
 * The first planner's account is made in the browser: while no planner exists, the server
 * prints a one-time link (`/setup/<token>`, like Jupyter's token) on its console; whoever can
 * read the console opens it and creates the account. The token lives in memory only, and the
 * link dies once a planner exists. `npm run create-planner` stays for scripts.
 */
export class FirstRunSetup {
  private readonly token = randomBytes(24).toString('base64url');
  private claimed = false;

  /** The link's path while it is open, else null. */
  async openPath(db: Db): Promise<string | null> {
    return (await this.isOpen(db)) ? `/setup/${this.token}` : null;
  }

  async accepts(db: Db, candidate: string): Promise<boolean> {
    return this.matches(candidate) && (await this.isOpen(db));
  }

  /**
   * Runs `create` once for the first of any concurrent claims with the right token; the others
   * (and every later one) get false.
   */
  async claim(db: Db, candidate: string, create: () => Promise<void>): Promise<boolean> {
    // Taken before the first await, so a second claim arriving meanwhile finds it taken.
    if (this.claimed || !this.matches(candidate)) return false;
    this.claimed = true;
    try {
      if ((await countPlanners(db)) > 0) return false;
      await create();
      return true;
    } catch (error) {
      this.claimed = false;
      throw error;
    }
  }

  private matches(candidate: string): boolean {
    const a = Buffer.from(candidate);
    const b = Buffer.from(this.token);
    return a.length === b.length && timingSafeEqual(a, b);
  }

  private async isOpen(db: Db): Promise<boolean> {
    return !this.claimed && (await countPlanners(db)) === 0;
  }
}
