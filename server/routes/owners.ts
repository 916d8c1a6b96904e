import { Hono } from 'hono';
import { z } from 'zod';
import type { Db } from '../store/db';
import { acceptInvite, createInvite, inviteDetails } from '../store/invites';
import {
  ownerActionDistanceSetting,
  ownsPremises,
  publishListing,
  setListingPhoto,
  undoStatusReport,
  reportPremisesStatus,
  setOwnerActionDistance,
} from '../store/ownerPortal';
import { ownerOverview } from '../services/ownerOverview';
import { exists } from '../store/stakeholders';
import { findUserById } from '../store/users';
import { MIN_PASSWORD_LENGTH } from '../auth/password';
import { requireRole } from '../auth/session';
import { startSession } from './auth';
import { isoDateParam } from '../http/queryParams';
import { validate } from '../http/validate';
import { ApiError, notFound } from '../http/errors';
import type { AppEnv, SessionUser } from '../http/env';
import { basedOnVersion } from '../http/ifMatch';
import { MAX_PHOTO_BYTES, uploadedPhoto } from '../http/fileType';

const INVITE_ERRORS = {
  unknown: [404, 'Inbjudan finns inte. Be om en ny länk. (Unknown invitation.)'],
  used: [410, 'Inbjudan är redan använd: logga in i stället. (Invitation already used.)'],
  expired: [410, 'Inbjudan har gått ut. Be om en ny länk. (Invitation expired.)'],
  exists: [409, 'Det finns redan ett konto för den e-postadressen: logga in i stället.'],
} as const;

/** Invitations, and the owner's own parcels and premises ("Mina fastigheter"). */
export function ownerRoutes(db: Db) {
  /** An owner may report on premises on their own parcels; a planner on any. */
  const mayReport = async (user: SessionUser, premisesId: string) => {
    if (!(await exists(db, 'premises', premisesId))) throw notFound('Lokalen', premisesId);
    if (user.role === 'planner') return;
    if (!user.stakeholderId || !(await ownsPremises(db, user.stakeholderId, premisesId))) {
      throw new ApiError(403, 'forbidden', 'Lokalen ligger inte på någon av dina fastigheter. (Not your premises.)');
    }
  };
  return new Hono<AppEnv>()
    .post(
      '/invites',
      requireRole('planner'),
      validate(
        'json',
        z.object({
          email: z.string().trim().email('Ogiltig e-postadress'),
          name: z.string().trim().min(1).max(200),
          stakeholderId: z.string().min(1),
          days: z.number().int().min(1).max(60).default(14),
        }),
      ),
      async (c) => {
        const body = c.req.valid('json');
        if (!(await exists(db, 'stakeholders', body.stakeholderId))) throw notFound('Intressenten', body.stakeholderId);
        const { token, expiresAt } = await createInvite(db, body, c.get('user')!.id);
        return c.json({ path: `/invite/${token}`, expiresAt }, 201);
      },
    )
    .get('/invites/:token', async (c) => {
      const details = await inviteDetails(db, c.req.param('token'));
      if (!details) throw new ApiError(404, 'invite_unknown', INVITE_ERRORS.unknown[1]);
      c.header('Cache-Control', 'no-store');
      return c.json(details);
    })
    .post(
      '/invites/accept',
      validate(
        'json',
        z.object({
          token: z.string().min(10).max(200),
          password: z
            .string()
            .min(MIN_PASSWORD_LENGTH, `Lösenordet behöver minst ${MIN_PASSWORD_LENGTH} tecken`)
            .max(200),
        }),
      ),
      async (c) => {
        const { token, password } = c.req.valid('json');
        const result = await acceptInvite(db, token, password);
        if ('error' in result) {
          const [status, message] = INVITE_ERRORS[result.error];
          throw new ApiError(status, `invite_${result.error}`, message);
        }
        const csrfToken = await startSession(c, db, result.userId);
        return c.json({ user: await findUserById(db, result.userId), csrfToken });
      },
    )
    .get('/me/overview', requireRole('owner'), async (c) => {
      const stakeholderId = c.get('user')!.stakeholderId;
      if (!stakeholderId) throw notFound('Fastighetsägaren', c.get('user')!.id);
      return c.json(await ownerOverview(db, stakeholderId, c.get('user')!.id));
    })
    .post(
      '/me/premises/:id/status',
      requireRole('owner', 'planner'),
      validate(
        'json',
        z.object({
          status: z.enum(['vacant', 'occupied'], { error: 'status ska vara vacant eller occupied' }),
          date: isoDateParam,
        }),
      ),
      async (c) => {
        const id = c.req.param('id');
        await mayReport(c.get('user')!, id);
        const { status, date } = c.req.valid('json');
        const result = await reportPremisesStatus(db, id, status, date, c.get('user')!.id);
        if ('tooEarly' in result)
          throw new ApiError(
            422,
            'date_before_current',
            `Datumet måste vara efter ${result.tooEarly}, då nuvarande status började.`,
          );
        return c.json({ premisesId: id, status, from: date, changed: !('unchanged' in result) });
      },
    )
    .post('/me/premises/:id/status/undo', requireRole('owner', 'planner'), async (c) => {
      const id = c.req.param('id');
      const user = c.get('user')!;
      await mayReport(user, id);
      const undone = await undoStatusReport(db, id, { id: user.id, isPlanner: user.role === 'planner' });
      if (!undone)
        throw new ApiError(
          409,
          'nothing_to_undo',
          'Det finns ingen egen statusanmälan från det senaste dygnet att ångra. (Nothing of yours from the last 24 hours to undo.)',
        );
      return c.json({ premisesId: id, ...undone });
    })
    .put(
      '/me/premises/:id/listing',
      requireRole('owner', 'planner'),
      validate(
        'json',
        z.object({
          text: z.string().trim().min(1, 'Beskriv lokalen').max(1000),
          contact: z.string().trim().min(3, 'Ange hur man når er').max(200),
        }),
      ),
      async (c) => {
        const id = c.req.param('id');
        await mayReport(c.get('user')!, id);
        const status = await db.one<{ status: string }>(
          'SELECT status FROM premises_status WHERE premises_id = $id AND valid_to IS NULL',
          { id },
        );
        if (status?.status !== 'vacant')
          throw new ApiError(
            422,
            'not_vacant',
            'Bara en tom lokal kan annonseras som ledig. (Only vacant premises can be listed.)',
          );
        const listing = await publishListing(db, id, c.req.valid('json'), c.get('user')!.id, basedOnVersion(c));
        return c.json({ premisesId: id, ...listing });
      },
    )
    .post('/me/premises/:id/listing/photo', requireRole('owner', 'planner'), async (c) => {
      const id = c.req.param('id');
      await mayReport(c.get('user')!, id);
      if (Number(c.req.header('Content-Length') ?? 0) > MAX_PHOTO_BYTES + 64 * 1024)
        throw new ApiError(413, 'too_large', 'Bilden är för stor: högst 5 MB. (Photo too large.)');
      const photo = await uploadedPhoto((await c.req.parseBody()).photo);
      if (!photo) throw new ApiError(400, 'invalid_request', 'Välj en bild att visa med annonsen. (Choose a photo.)');
      if (!(await setListingPhoto(db, id, photo, c.get('user')!.id))) throw notListed();
      return c.json({ premisesId: id, photoType: photo.type });
    })
    .delete('/me/premises/:id/listing/photo', requireRole('owner', 'planner'), async (c) => {
      const id = c.req.param('id');
      await mayReport(c.get('user')!, id);
      if (!(await setListingPhoto(db, id, null, c.get('user')!.id))) throw notListed();
      return c.body(null, 204);
    })
    .get('/settings/owner-action-distance', requireRole('planner'), async (c) =>
      c.json(await ownerActionDistanceSetting(db)),
    )
    .put(
      '/settings/owner-action-distance',
      requireRole('planner'),
      validate('json', z.object({ meters: z.number().int().min(0).max(5000) })),
      async (c) => {
        const { meters } = c.req.valid('json');
        return c.json(await setOwnerActionDistance(db, meters, c.get('user')!.id, basedOnVersion(c)));
      },
    );
}

const notListed = () =>
  new ApiError(
    409,
    'not_listed',
    'Lokalen är inte annonserad: publicera annonsen först, sedan bilden. (Publish the listing first.)',
  );
