import { DuckDBInstance } from '@duckdb/node-api';
import { closeSync, existsSync, fsyncSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';

/**
 * How many write transactions have committed, kept twice: in the database (`commit_count`,
 * raised inside each write) and in a small file beside it (`<db>.commits`, written after each
 * commit). DuckDB replays a write-ahead log that was cut short up to where it breaks, silently,
 * and its next checkpoint makes the loss permanent. After a crash the two counts tell: if the
 * log holds fewer commits than were acknowledged, the server refuses to start rather than
 * forget them, unless told to accept the loss.
 */
export class CommitLedger {
  private constructor(private readonly file: string | null) {}

  static beside(dbPath: string): CommitLedger {
    return new CommitLedger(dbPath === ':memory:' ? null : `${dbPath}.commits`);
  }

  /** The count the last acknowledged commit left, or undefined before the first. */
  read(): number | undefined {
    if (!this.file || !existsSync(this.file)) return undefined;
    const n = Number(readFileSync(this.file, 'utf8').trim());
    return Number.isSafeInteger(n) ? n : undefined;
  }

  /** Written to a new file, flushed, then renamed over the old: never half a number. */
  record(count: number): void {
    if (!this.file) return;
    const next = `${this.file}.next`;
    const fd = openSync(next, 'w');
    try {
      writeSync(fd, `${count}\n`);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(next, this.file);
  }
}

/** Refused at start: the write-ahead log lost commits that had been acknowledged. */
export class LostCommits extends Error {
  constructor(
    readonly acknowledged: number,
    readonly replayable: number,
  ) {
    super(`the write-ahead log holds ${replayable} commits, ${acknowledged} were acknowledged`);
  }
}

/** The commit count the database file (with its log) would open with; undefined before the ledger existed. */
async function replayableCommits(dbPath: string): Promise<number | undefined> {
  // Read-only replays the log in memory and leaves the files as they are.
  const instance = await DuckDBInstance.create(dbPath, { access_mode: 'READ_ONLY' });
  try {
    const c = await instance.connect();
    try {
      const table = await c.runAndReadAll(
        "SELECT count(*)::INTEGER FROM information_schema.tables WHERE table_name = 'commit_count'",
      );
      if (table.getRows()[0][0] === 0) return undefined;
      return Number((await c.runAndReadAll('SELECT n FROM commit_count')).getRows()[0]?.[0] ?? 0);
    } finally {
      c.closeSync();
    }
  } finally {
    instance.closeSync();
  }
}

/**
 * Before the database is opened for writing: after a crash (a log is left), checks that the log
 * replays every acknowledged commit. Throws `LostCommits` when it does not, unless `acceptLoss`,
 * in which case the ledger is set to what the log holds.
 */
export async function checkLogReplay(dbPath: string, ledger: CommitLedger, acceptLoss: boolean): Promise<void> {
  const acknowledged = ledger.read();
  if (acknowledged === undefined || !existsSync(`${dbPath}.wal`)) return;
  const replayable = await replayableCommits(dbPath);
  if (replayable === undefined || replayable >= acknowledged) return;
  if (!acceptLoss) throw new LostCommits(acknowledged, replayable);
  ledger.record(replayable);
}
