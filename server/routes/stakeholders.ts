import { Hono } from 'hono';
import { z } from 'zod';
import type { Db } from '../store/db';
import { eraseStakeholder, registerExtract } from '../store/personalData';
import {
  addContact,
  createStakeholder,
  deleteStakeholder,
  exists,
  listStakeholders,
  removeLink,
  setOwnership,
  setTenancy,
  stakeholderDetail,
  updateStakeholder,
} from '../store/stakeholders';
import { CONTACT_CHANNELS, ENGAGEMENT_STEPS, STAKEHOLDER_KINDS } from '../domain/districts';
import { formatOrgNumber, isValidOrgNumber } from '../domain/orgNumber';
import { isoDateParam } from '../http/queryParams';
import { validate } from '../http/validate';
import { ApiError, notFound } from '../http/errors';
import { requireRole } from '../auth/session';
import type { AppEnv } from '../http/env';
import { basedOnVersion } from '../http/ifMatch';

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((v) => v || null);
const orgNumber = z
  .string()
  .trim()
  .nullish()
  .transform((v) => v || null)
  .refine(
    (v) => v === null || isValidOrgNumber(v),
    'Organisationsnumret stämmer inte (kontrollsiffran är fel). (Invalid organisation number: Luhn check failed.)',
  )
  .transform((v) => (v ? formatOrgNumber(v.replace(/[-\s]/g, '')) : null));

const fields = {
  kind: z.enum(STAKEHOLDER_KINDS, { error: `kind ska vara en av: ${STAKEHOLDER_KINDS.join(', ')}` }),
  name: z.string().trim().min(1, 'Ange ett namn').max(200),
  orgNumber,
  isPrivatePerson: z.boolean(),
  email: optionalText(200).refine((v) => v === null || /^[^@\s]+@[^@\s]+$/.test(v), 'Ogiltig e-postadress'),
  phone: optionalText(40),
  engagementStep: z.enum(ENGAGEMENT_STEPS, { error: `engagementStep ska vara en av: ${ENGAGEMENT_STEPS.join(', ')}` }),
};
const newStakeholder = z
  .object({
    ...fields,
    isPrivatePerson: fields.isPrivatePerson.default(false),
    engagementStep: fields.engagementStep.default('identified'),
  })
  .refine((s) => !(s.isPrivatePerson && s.orgNumber), {
    message: 'En privatperson har inget organisationsnummer här (personnummer lagras inte).',
    path: ['orgNumber'],
  });
const stakeholderChanges = z
  .object({
    kind: fields.kind.optional(),
    name: fields.name.optional(),
    orgNumber: orgNumber.optional(),
    isPrivatePerson: fields.isPrivatePerson.optional(),
    email: fields.email.optional(),
    phone: fields.phone.optional(),
    engagementStep: fields.engagementStep.optional(),
  })
  .strict()
  .refine((c) => Object.keys(c).length > 0, 'Inget att ändra (no fields given)');

/** Stakeholders are the planner's working list, contact details and all: planners only. */
export function stakeholderRoutes(db: Db) {
  const mustExist = async (table: 'parcels' | 'premises' | 'stakeholders', id: string, what: string) => {
    if (!(await exists(db, table, id))) throw notFound(what, id);
  };
  return (
    new Hono<AppEnv>()
      .use('*', requireRole('planner'))
      .get(
        '/',
        validate(
          'query',
          z.object({
            q: z.string().trim().max(100).optional(),
            kind: z.enum(STAKEHOLDER_KINDS).optional(),
            limit: z.coerce.number().int().min(1).max(1000).default(200),
          }),
        ),
        async (c) => c.json({ stakeholders: await listStakeholders(db, c.req.valid('query')) }),
      )
      .post('/', validate('json', newStakeholder), async (c) =>
        c.json(await createStakeholder(db, c.req.valid('json'), c.get('user')!.id), 201),
      )
      .get('/:id', async (c) => {
        const detail = await stakeholderDetail(db, c.req.param('id'));
        if (!detail) throw notFound('Intressenten', c.req.param('id'));
        return c.json(detail);
      })
      .patch('/:id', validate('json', stakeholderChanges), async (c) => {
        const updated = await updateStakeholder(
          db,
          c.req.param('id'),
          c.req.valid('json'),
          c.get('user')!.id,
          basedOnVersion(c),
        );
        if (!updated) throw notFound('Intressenten', c.req.param('id'));
        return c.json(updated);
      })
      // GDPR: everything stored about one person as a file, and erasing them.
      .get('/:id/register-extract', async (c) => {
        const extract = await registerExtract(db, c.req.param('id'));
        if (!extract) throw notFound('Intressenten', c.req.param('id'));
        c.header('Content-Disposition', `attachment; filename="registerutdrag-${c.req.param('id')}.json"`);
        return c.json(extract);
      })
      .post('/:id/erase', async (c) => {
        if (!(await eraseStakeholder(db, c.req.param('id'), c.get('user')!.id)))
          throw notFound('Intressenten', c.req.param('id'));
        return c.json({ erased: c.req.param('id') });
      })
      .delete('/:id', async (c) => {
        if (!(await deleteStakeholder(db, c.req.param('id'), c.get('user')!.id)))
          throw notFound('Intressenten', c.req.param('id'));
        return c.body(null, 204);
      })
      .put(
        '/:id/parcels/:parcelId',
        validate(
          'json',
          z.object({
            share: z.number().gt(0, 'Andelen måste vara större än 0').max(1, 'Andelen kan vara högst 1 (100 %)'),
          }),
        ),
        async (c) => {
          const { id, parcelId } = c.req.param();
          await mustExist('stakeholders', id, 'Intressenten');
          await mustExist('parcels', parcelId, 'Fastigheten');
          const result = await setOwnership(db, id, parcelId, c.req.valid('json').share, c.get('user')!.id);
          if ('tooMuch' in result) {
            throw new ApiError(
              422,
              'shares_exceed_whole',
              `Ägarandelarna blir mer än 100 %: övriga ägare har redan ${Math.round(result.tooMuch * 1000) / 10} %.`,
              { othersShare: result.tooMuch },
            );
          }
          return c.json({ stakeholderId: id, parcelId, share: c.req.valid('json').share });
        },
      )
      .delete('/:id/parcels/:parcelId', async (c) => {
        const { id, parcelId } = c.req.param();
        if (!(await removeLink(db, 'parcel_owners', id, parcelId, c.get('user')!.id)))
          throw notFound('Ägarskapet', `${id}/${parcelId}`);
        return c.body(null, 204);
      })
      .put(
        '/:id/premises/:premisesId',
        validate('json', z.object({ since: isoDateParam.nullish().transform((v) => v ?? null) })),
        async (c) => {
          const { id, premisesId } = c.req.param();
          await mustExist('stakeholders', id, 'Intressenten');
          await mustExist('premises', premisesId, 'Lokalen');
          await setTenancy(db, id, premisesId, c.req.valid('json').since, c.get('user')!.id);
          return c.json({ stakeholderId: id, premisesId, since: c.req.valid('json').since });
        },
      )
      .delete('/:id/premises/:premisesId', async (c) => {
        const { id, premisesId } = c.req.param();
        if (!(await removeLink(db, 'premises_tenants', id, premisesId, c.get('user')!.id)))
          throw notFound('Hyresavtalet', `${id}/${premisesId}`);
        return c.body(null, 204);
      })
      .post(
        '/:id/contacts',
        validate(
          'json',
          z.object({
            date: isoDateParam,
            channel: z.enum(CONTACT_CHANNELS),
            note: z.string().trim().min(1, 'Skriv vad som hände').max(4000),
          }),
        ),
        async (c) => {
          const id = c.req.param('id');
          await mustExist('stakeholders', id, 'Intressenten');
          return c.json(await addContact(db, id, c.req.valid('json'), c.get('user')!.id), 201);
        },
      )
  );
}
