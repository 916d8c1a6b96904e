import {
  DuckDBInstance,
  DuckDBConnection,
  DuckDBListValue,
  LIST,
  VARCHAR,
  type DuckDBType,
  type DuckDBValue,
} from '@duckdb/node-api';
import { AsyncLocalStorage } from 'node:async_hooks';
import { CommitLedger, checkLogReplay } from './commitLedger';
import { readPlainRows } from './plainRows';

const CATALOG = 'atlas';
const ROW_GROUP_SIZE = 16_384;
const DEFAULT_THREADS = 1;
const DEFAULT_MEMORY_LIMIT = '2GB';

export type Params = DuckDBValue[] | Record<string, DuckDBValue>;
export type Row = Record<string, unknown>;

/**
 * The one door to DuckDB. Reads share a small pool of connections (a DuckDB connection runs
 * one statement at a time); every write goes through `transaction`, which holds a connection
 * for its whole BEGIN … COMMIT so that a failure rolls back everything it did.
 */
export class Db {
  private readonly idle: DuckDBConnection[] = [];
  /** The tail of the queue of write transactions: each starts when the one before has ended. */
  private writes: Promise<unknown> = Promise.resolve();
  private readonly waiting: ((c: DuckDBConnection) => void)[] = [];
  private opened = 0;
  /** Counting commits starts once the schema has its table (see `startCommitLedger`). */
  private countingCommits = false;
  /** Write transactions this process has committed: a data version to key caches by, free to read. */
  private committed = 0;

  private constructor(
    private readonly instance: DuckDBInstance,
    private readonly poolSize: number,
    private readonly ledger: CommitLedger,
  ) {}

  /**
   * Opens (or creates) the database file. It is attached with small row groups: DuckDB keeps
   * min/max statistics per row group, so with spatially ordered rows a bbox filter skips most
   * of a large parcel table instead of scanning it (200k parcels: 2.6 ms → 0.8 ms per count).
   *
   * `threads` is DuckDB's parallelism within one query. The API's queries are small, and on a
   * two-core server one thread each cut the bbox query's p95 from 10.8 to 8.9 ms; requests
   * still run side by side on their own connections.
   */
  static async open(
    path: string,
    {
      poolSize = 4,
      threads = DEFAULT_THREADS,
      memoryLimit = DEFAULT_MEMORY_LIMIT,
      acceptLostCommits = false,
    }: { poolSize?: number; threads?: number; memoryLimit?: string; acceptLostCommits?: boolean } = {},
  ): Promise<Db> {
    const ledger = CommitLedger.beside(path);
    await checkLogReplay(path, ledger, acceptLostCommits);
    const instance = await DuckDBInstance.create(':memory:');
    const setup = await instance.connect();
    await setup.run(`ATTACH '${path.replaceAll("'", "''")}' AS ${CATALOG} (ROW_GROUP_SIZE ${ROW_GROUP_SIZE})`);
    await setup.run(`SET threads = ${Math.max(1, Math.floor(threads))}`);
    // A bound on what one query may hold, so a hostile or huge file fails alone instead of
    // taking the machine's memory (a 100 000-column CSV once asked for 18.8 GiB).
    if (!/^\d+(\.\d+)?\s*(KB|MB|GB|TB|KiB|MiB|GiB|TiB)$/i.test(memoryLimit))
      throw new Error(`memory limit "${memoryLimit}" is not like 2GB`);
    await setup.run(`SET memory_limit = '${memoryLimit}'`);
    setup.closeSync();
    return new Db(instance, poolSize, ledger);
  }

  async all<T = Row>(sql: string, params?: Params): Promise<T[]> {
    throwIfClientGone(); // not even a place in the queue for a connection
    return this.withConnection((c) => abandonableRead(c, () => readAll<T>(c, sql, params)));
  }

  async one<T = Row>(sql: string, params?: Params): Promise<T | undefined> {
    return (await this.all<T>(sql, params))[0];
  }

  /** Like `all`, for many rows of plain columns (see `readPlainRows`); no parameters. */
  async allPlain<T>(sql: string): Promise<T[]> {
    throwIfClientGone();
    return this.withConnection((c) => abandonableRead(c, () => readPlainRows<T>(c, sql)));
  }

  async run(sql: string, params?: Params): Promise<void> {
    await this.withConnection((c) => c.run(sql, params, emptyListTypes(params)));
  }

  /**
   * One write transaction at a time. DuckDB's optimistic concurrency makes two transactions that
   * touch the same rows fail ("Conflict on update", a duplicate version key); queued, each sees
   * the other's committed work and both succeed, in the order they came. Reads do not wait.
   * Work inside must use its `tx`, never this `db`'s own `transaction` (it would wait for itself).
   */
  async transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    const turn = this.writes.then(() =>
      this.withConnection(async (c) => {
        let commits = 0;
        const result = await runTransaction(c, async (tx) => {
          const value = await work(tx);
          if (this.countingCommits) commits = await countCommit(tx);
          return value;
        });
        if (this.countingCommits) this.ledger.record(commits);
        this.committed++;
        return result;
      }),
    );
    this.writes = turn.catch(() => undefined);
    return turn;
  }

  /**
   * A consistent copy of the whole database in a new DuckDB file, made while the server runs:
   * it waits its turn among the writes, so no transaction is half in it. The file must not exist.
   */
  async copyTo(path: string): Promise<void> {
    const alias = `copy_${Date.now()}`;
    const turn = this.writes.then(() =>
      this.withConnection(async (c) => {
        await c.run(`ATTACH '${path.replaceAll("'", "''")}' AS ${alias}`);
        try {
          await c.run(`COPY FROM DATABASE ${CATALOG} TO ${alias}`);
        } finally {
          await c.run(`DETACH ${alias}`);
        }
      }),
    );
    this.writes = turn.catch(() => undefined);
    return turn;
  }

  /** Changes with every committed write (the server is the file's only writer while it runs). */
  get writeCount(): number {
    return this.committed;
  }

  /** Called once the schema is in place: from now on every write transaction is counted. */
  async startCommitLedger(): Promise<void> {
    const table = await this.one<{ n: number }>(
      "SELECT count(*)::INTEGER AS n FROM information_schema.tables WHERE table_name = 'commit_count'",
    );
    this.countingCommits = table?.n === 1;
    if (this.countingCommits && this.ledger.read() === undefined) {
      this.ledger.record(Number((await this.one<{ n: bigint }>('SELECT n FROM commit_count'))!.n));
    }
  }

  close(): void {
    for (const c of this.idle) c.closeSync();
    this.idle.length = 0;
    // Detaching checkpoints the file, so the next start finds it complete.
    this.instance.closeSync();
  }

  private async withConnection<T>(work: (c: DuckDBConnection) => Promise<T>): Promise<T> {
    const c = await this.acquire();
    try {
      return await work(c);
    } finally {
      this.release(c);
    }
  }

  private async acquire(): Promise<DuckDBConnection> {
    const c = this.idle.pop();
    if (c) return c;
    if (this.opened < this.poolSize) {
      this.opened++;
      const connection = await this.instance.connect();
      await connection.run(`USE ${CATALOG}`);
      return connection;
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private release(c: DuckDBConnection): void {
    const next = this.waiting.shift();
    if (next) next(c);
    else this.idle.push(c);
  }
}

/**
 * The request a read is made for, when it is one a client may leave (set by the HTTP layer for
 * GETs): a read queued for a client that has gone is never started, one running is interrupted.
 * Writes always finish: a transaction is not left to a closed tab.
 */
const readerSignal = new AsyncLocalStorage<AbortSignal>();

/** Runs a request's work so that its reads are abandoned when `signal` aborts (the client left). */
export function abandonReadsWhenGone<T>(signal: AbortSignal, work: () => Promise<T>): Promise<T> {
  return readerSignal.run(signal, work);
}

let abandonedReads = 0;

/** Thrown instead of reading for a client that has gone; nobody is left to answer. */
export class ClientGone extends Error {
  constructor() {
    super('the client closed the connection; its reads were abandoned');
    abandonedReads++;
  }
}

/** How many reads (or tile cuts) this process has dropped because their client left. */
export const abandonedReadCount = () => abandonedReads;

/** Between steps of long work for a request (e.g. after a query, before cutting a tile). */
export function throwIfClientGone(): void {
  if (readerSignal.getStore()?.aborted) throw new ClientGone();
}

async function abandonableRead<T>(c: DuckDBConnection, read: () => Promise<T>): Promise<T> {
  const signal = readerSignal.getStore();
  if (!signal) return read();
  throwIfClientGone();
  const interrupt = () => c.interrupt();
  signal.addEventListener('abort', interrupt, { once: true });
  try {
    return await read();
  } catch (error) {
    throw signal.aborted ? new ClientGone() : error;
  } finally {
    signal.removeEventListener('abort', interrupt);
  }
}

async function countCommit(tx: Tx): Promise<number> {
  const row = await tx.one<{ n: bigint }>('UPDATE commit_count SET n = n + 1 RETURNING n');
  return Number(row!.n);
}

async function runTransaction<T>(c: DuckDBConnection, work: (tx: Tx) => Promise<T>): Promise<T> {
  await c.run('BEGIN TRANSACTION');
  try {
    const result = await work(new Tx(c));
    await c.run('COMMIT');
    return result;
  } catch (error) {
    // A failed COMMIT has already ended the transaction: its error is the one to report, not
    // the "no transaction is active" of the rollback after it.
    await c.run('ROLLBACK').catch(() => {});
    throw error;
  }
}

/** A connection inside an open transaction. */
export class Tx {
  constructor(readonly connection: DuckDBConnection) {}
  all<T = Row>(sql: string, params?: Params): Promise<T[]> {
    return readAll<T>(this.connection, sql, params);
  }
  async one<T = Row>(sql: string, params?: Params): Promise<T | undefined> {
    return (await this.all<T>(sql, params))[0];
  }
  async run(sql: string, params?: Params): Promise<void> {
    await this.connection.run(sql, params, emptyListTypes(params));
  }
}

async function readAll<T>(c: DuckDBConnection, sql: string, params?: Params): Promise<T[]> {
  const reader = await c.runAndReadAll(sql, params, emptyListTypes(params));
  return reader.getRowObjectsJS() as T[];
}

/**
 * DuckDB cannot tell the type of an empty list (`unnest($ids)` with no ids), so an
 * empty one is bound as a list of text: every list parameter here holds ids.
 */
function emptyListTypes(params?: Params): Record<string, DuckDBType> | undefined {
  if (!params || Array.isArray(params)) return undefined;
  const empty = Object.entries(params).filter(([, v]) => v instanceof DuckDBListValue && v.items.length === 0);
  return empty.length ? Object.fromEntries(empty.map(([k]) => [k, LIST(VARCHAR)])) : undefined;
}
