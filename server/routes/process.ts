import { Hono } from 'hono';
import { z } from 'zod';
import type { Db } from '../store/db';
import {
  addDocument,
  deleteDocument,
  documentFile,
  getProcess,
  isChecklistItem,
  setStartDate,
  setTick,
} from '../store/process';
import { DOCUMENT_KINDS } from '../domain/bidProcess';
import { stockholmToday } from '../domain/stockholmTime';
import { isoDateParam } from '../http/queryParams';
import { validate } from '../http/validate';
import { documentType } from '../http/fileType';
import { ApiError, notFound } from '../http/errors';
import { requireRole } from '../auth/session';
import type { AppEnv } from '../http/env';

const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;

const documentFields = z.object({
  kind: z.enum(DOCUMENT_KINDS, { error: `Dokumenttyp ska vara en av ${DOCUMENT_KINDS.join(', ')}` }),
  title: z.string().trim().min(1, 'Ge dokumentet en titel').max(200),
  url: z
    .url({ protocol: /^https?$/, error: 'Länken ska börja med http:// eller https://' })
    .max(2000)
    .optional(),
});
const stepParam = z.object({
  id: z.string(),
  step: z.coerce.number().int().min(1, 'Stegen heter 1–7').max(7, 'Stegen heter 1–7'),
});

/** The district's BID process: the seven steps, checklist ticks and the documents of each step. Planners only. */
export function processRoutes(db: Db) {
  const processOf = async (id: string) => {
    const process = await getProcess(db, id, stockholmToday());
    if (!process) throw notFound('Området', id);
    return process;
  };
  return new Hono<AppEnv>()
    .use('/:id/process/*', requireRole('planner'))
    .use('/:id/process', requireRole('planner'))
    .get('/:id/process', async (c) => c.json(await processOf(c.req.param('id'))))
    .put('/:id/process', validate('json', z.object({ startDate: isoDateParam })), async (c) => {
      const id = c.req.param('id');
      await processOf(id);
      await setStartDate(db, id, c.req.valid('json').startDate, c.get('user')!.id);
      return c.json(await processOf(id));
    })
    .put(
      '/:id/process/checklist/:item',
      validate('json', z.object({ done: z.boolean(), doneOn: isoDateParam.optional() })),
      async (c) => {
        const { id, item } = c.req.param();
        await processOf(id);
        if (!isChecklistItem(item)) throw notFound('Punkten', item);
        const { done, doneOn } = c.req.valid('json');
        const today = stockholmToday();
        if (doneOn && doneOn > today)
          throw new ApiError(
            400,
            'invalid_request',
            'En punkt kan inte bockas av i framtiden (date is in the future).',
          );
        await setTick(db, id, item, done, doneOn ?? today, c.get('user')!.id);
        return c.json(await processOf(id));
      },
    )
    .post('/:id/process/steps/:step/documents', validate('param', stepParam), async (c) => {
      const { id, step } = c.req.valid('param');
      await processOf(id);
      if (Number(c.req.header('Content-Length') ?? 0) > MAX_DOCUMENT_BYTES + 64 * 1024) throw tooLarge();
      const isForm = (c.req.header('Content-Type') ?? '').startsWith('multipart/form-data');
      const body = isForm
        ? await c.req.parseBody()
        : await c.req.json().catch(() => {
            throw new ApiError(400, 'invalid_json', 'Ogiltig JSON.');
          });
      const fields = documentFields.safeParse(body);
      if (!fields.success)
        throw new ApiError(
          400,
          'invalid_request',
          fields.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '),
        );
      const upload = isForm ? (body as Record<string, unknown>).file : undefined;
      let file = null;
      if (upload instanceof File && upload.size > 0) {
        if (upload.size > MAX_DOCUMENT_BYTES) throw tooLarge();
        const bytes = new Uint8Array(await upload.arrayBuffer());
        const type = documentType(bytes, upload.name);
        if (!type)
          throw new ApiError(
            415,
            'unsupported_type',
            'Dokumentet ska vara PDF, Word (.docx), OpenDocument (.odt) eller en bild. (Unsupported file type.)',
          );
        file = { bytes, name: upload.name, type };
      }
      if ((file === null) === (fields.data.url === undefined)) {
        throw new ApiError(
          400,
          'invalid_request',
          'Bifoga en fil eller ange en länk, inte båda. (Attach a file or give a link.)',
        );
      }
      const docId = await addDocument(
        db,
        id,
        { step, ...fields.data, url: fields.data.url ?? null, file },
        c.get('user')!.id,
      );
      return c.json({ id: docId, process: await processOf(id) }, 201);
    })
    .delete('/:id/process/documents/:docId', async (c) => {
      const { id, docId } = c.req.param();
      if (!(await deleteDocument(db, id, docId, c.get('user')!.id))) throw notFound('Dokumentet', docId);
      return c.body(null, 204);
    });
}

export function processDocumentRoutes(db: Db) {
  return new Hono<AppEnv>().get('/:docId/file', requireRole('planner'), async (c) => {
    const doc = await documentFile(db, c.req.param('docId'));
    if (!doc) throw notFound('Dokumentet', c.req.param('docId'));
    return c.body(doc.file as Uint8Array<ArrayBuffer>, 200, {
      'Content-Type': doc.contentType,
      'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(doc.fileName)}`,
      'Cache-Control': 'private, no-store',
    });
  });
}

const tooLarge = () => new ApiError(413, 'too_large', 'Dokumentet är för stort: högst 20 MB. (File too large.)');
