import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Db } from '../store/db';

const NAME = /^platsatlas-(\d{4}-\d{2}-\d{2})T(\d{2})(\d{2})(\d{2})\.duckdb$/;

/** `platsatlas-2026-11-25T031500.duckdb`: sortable, and the date tells its age. */
function backupName(at: Date): string {
  const iso = at.toISOString();
  return `platsatlas-${iso.slice(0, 10)}T${iso.slice(11, 19).replaceAll(':', '')}.duckdb`;
}

/** The backups in a folder, oldest first. */
export function listBackups(dir: string): { file: string; date: string }[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .flatMap((file) => {
      const m = NAME.exec(file);
      return m ? [{ file: join(dir, file), date: m[1] }] : [];
    })
    .sort((a, b) => a.file.localeCompare(b.file));
}

/** A consistent copy of the database into the folder, named by the time it was made. */
export async function makeBackup(db: Db, dir: string, at = new Date()): Promise<string> {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, backupName(at));
  await db.copyTo(file);
  return file;
}

/** Deletes backups older than `keepDays` days; the newest one is always kept. */
export function pruneBackups(dir: string, keepDays: number, now = new Date()): string[] {
  const all = listBackups(dir);
  const cutoff = new Date(now.getTime() - keepDays * 86_400_000).toISOString().slice(0, 10);
  const old = all.slice(0, -1).filter((b) => b.date < cutoff);
  for (const b of old) rmSync(b.file, { force: true });
  return old.map((b) => b.file);
}

/**
 * The nightly backup: once a day (checked every hour, the first time a minute after start so a
 * starting server is not slowed), a copy into `dir`, and backups older than `keepDays` go.
 * Returns a stop function for shutdown.
 */
export function scheduleBackups(
  db: Db,
  { dir, keepDays, log }: { dir: string; keepDays: number; log: (line: string) => void },
): () => void {
  const run = async () => {
    const today = new Date().toISOString().slice(0, 10);
    if (listBackups(dir).some((b) => b.date === today)) return;
    try {
      const file = await makeBackup(db, dir);
      const pruned = pruneBackups(dir, keepDays);
      log(`Backup written: ${file}${pruned.length ? ` (${pruned.length} older than ${keepDays} days removed)` : ''}`);
    } catch (error) {
      log(`Backup failed: ${(error as Error).message}`);
    }
  };
  const first = setTimeout(() => void run(), 60_000);
  const hourly = setInterval(() => void run(), 3_600_000);
  first.unref();
  hourly.unref();
  return () => {
    clearTimeout(first);
    clearInterval(hourly);
  };
}
