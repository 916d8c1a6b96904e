import { randomUUID } from 'node:crypto';
import { DuckDBBlobValue } from '@duckdb/node-api';
import type { Db } from './db';
import { audit } from './audit';
import { CHECKLIST_ITEMS, plannedSteps, stepStatus } from '../domain/bidProcess';

interface Tick {
  item: string;
  doneOn: string;
  doneBy: string;
  generated: boolean;
}
interface DocumentRow {
  id: string;
  step: number;
  kind: string;
  title: string;
  url: string | null;
  fileName: string | null;
  createdAt: string;
  createdBy: string;
}

/**
 * The district's BID process: the seven steps planned from the chosen start date (the date
 * the district was created until one is chosen), each with its checklist, documents and status.
 */
export async function getProcess(db: Db, districtId: string, today: string) {
  const row = await db.one<{ startDate: string; chosen: boolean }>(
    `SELECT strftime(coalesce(p.start_date, timezone('Europe/Stockholm', d.created_at)::DATE), '%Y-%m-%d') AS "startDate", p.start_date IS NOT NULL AS chosen
     FROM districts d LEFT JOIN district_process p ON p.district_id = d.id WHERE d.id = $id`,
    { id: districtId },
  );
  if (!row) return null;
  const ticks = await db.all<Tick>(
    `SELECT t.item, strftime(t.done_on, '%Y-%m-%d') AS "doneOn", coalesce(u.name, t.done_by) AS "doneBy", t.generated
     FROM process_ticks t LEFT JOIN users u ON u.id = t.done_by WHERE t.district_id = $id`,
    { id: districtId },
  );
  const documents = await db.all<DocumentRow>(
    `SELECT d.id, d.step, d.kind, d.title, d.url, d.file_name AS "fileName", strftime(timezone('Europe/Stockholm', d.created_at), '%Y-%m-%d') AS "createdAt",
            coalesce(u.name, d.created_by) AS "createdBy"
     FROM process_documents d LEFT JOIN users u ON u.id = d.created_by WHERE d.district_id = $id ORDER BY d.created_at`,
    { id: districtId },
  );
  const byItem = new Map(ticks.map((t) => [t.item, t]));
  const steps = plannedSteps(row.startDate).map((step) => {
    const checklist = step.checklist.map((item) => ({
      item,
      done: byItem.has(item),
      doneOn: byItem.get(item)?.doneOn ?? null,
      doneBy: byItem.get(item)?.doneBy ?? null,
      generated: byItem.get(item)?.generated ?? false,
    }));
    const done = checklist.filter((c) => c.done).length;
    return {
      number: step.number,
      phase: step.phase,
      weeks: step.weeks,
      plannedStart: step.plannedStart,
      plannedEnd: step.plannedEnd,
      status: stepStatus(step.plannedStart, step.plannedEnd, done, checklist.length, today),
      progress: { done, total: checklist.length },
      checklist,
      documents: documents
        .filter((d) => d.step === step.number)
        .map((d) => ({ ...d, file: d.url === null ? `/api/process-documents/${d.id}/file` : null })),
    };
  });
  const current = steps.find((s) => s.status !== 'done')?.number ?? null;
  return { districtId, startDate: row.startDate, startChosen: row.chosen, today, currentStep: current, steps };
}

export async function setStartDate(db: Db, districtId: string, startDate: string, userId: string) {
  await db.transaction(async (tx) => {
    const before = await tx.one<{ startDate: string }>(
      `SELECT strftime(start_date, '%Y-%m-%d') AS "startDate" FROM district_process WHERE district_id = $id`,
      { id: districtId },
    );
    await tx.run(
      `INSERT INTO district_process (district_id, start_date, updated_by) VALUES ($id, $startDate::DATE, $user)
      ON CONFLICT (district_id) DO UPDATE SET start_date = excluded.start_date, updated_by = excluded.updated_by, updated_at = now()`,
      { id: districtId, startDate, user: userId },
    );
    await audit(tx, {
      userId,
      action: 'update',
      entity: 'district_process',
      entityId: districtId,
      before,
      after: { startDate },
    });
  });
}

export function isChecklistItem(item: string): boolean {
  return CHECKLIST_ITEMS.includes(item);
}

/** Ticks an item (on a date, by the user) or unticks it. */
export async function setTick(db: Db, districtId: string, item: string, done: boolean, doneOn: string, userId: string) {
  await db.transaction(async (tx) => {
    const before = await tx.one<{ doneOn: string; doneBy: string }>(
      `SELECT strftime(done_on, '%Y-%m-%d') AS "doneOn", done_by AS "doneBy" FROM process_ticks WHERE district_id = $id AND item = $item`,
      { id: districtId, item },
    );
    await tx.run('DELETE FROM process_ticks WHERE district_id = $id AND item = $item', { id: districtId, item });
    if (done) {
      await tx.run(
        'INSERT INTO process_ticks (district_id, item, done_on, done_by) VALUES ($id, $item, $doneOn::DATE, $user)',
        { id: districtId, item, doneOn, user: userId },
      );
    }
    await audit(tx, {
      userId,
      action: done ? 'tick' : 'untick',
      entity: 'process_ticks',
      entityId: `${districtId}/${item}`,
      before,
      after: done ? { doneOn } : undefined,
    });
  });
}

export async function addDocument(
  db: Db,
  districtId: string,
  doc: {
    step: number;
    kind: string;
    title: string;
    url: string | null;
    file: { bytes: Uint8Array; name: string; type: string } | null;
  },
  userId: string,
) {
  const id = `doc-${randomUUID()}`;
  await db.transaction(async (tx) => {
    await tx.run(
      `INSERT INTO process_documents (id, district_id, step, kind, title, url, file, file_name, content_type, created_by)
      VALUES ($id, $district, $step, $kind, $title, $url, $file, $name, $type, $user)`,
      {
        id,
        district: districtId,
        step: doc.step,
        kind: doc.kind,
        title: doc.title,
        url: doc.url,
        file: doc.file ? new DuckDBBlobValue(doc.file.bytes) : null,
        name: doc.file?.name ?? null,
        type: doc.file?.type ?? null,
        user: userId,
      },
    );
    await audit(tx, {
      userId,
      action: 'create',
      entity: 'process_document',
      entityId: id,
      after: { step: doc.step, kind: doc.kind, title: doc.title, url: doc.url, fileName: doc.file?.name ?? null },
    });
  });
  return id;
}

export async function documentFile(db: Db, id: string) {
  return db.one<{ file: Uint8Array; fileName: string; contentType: string }>(
    `SELECT file, file_name AS "fileName", content_type AS "contentType" FROM process_documents WHERE id = $id AND file IS NOT NULL`,
    { id },
  );
}

export async function deleteDocument(db: Db, districtId: string, id: string, userId: string): Promise<boolean> {
  return db.transaction(async (tx) => {
    const before = await tx.one<{ title: string }>(
      'SELECT title FROM process_documents WHERE id = $id AND district_id = $district',
      { id, district: districtId },
    );
    if (!before) return false;
    await tx.run('DELETE FROM process_documents WHERE id = $id', { id });
    await audit(tx, { userId, action: 'delete', entity: 'process_document', entityId: id, before });
    return true;
  });
}
