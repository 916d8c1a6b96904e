import { Hono } from 'hono';
import { getCookie } from 'hono/cookie';
import { z } from 'zod';
import type { Db } from '../store/db';
import { loadDistrict } from '../http/loadDistrict';
import { centreInfo } from '../store/sources';
import { currentStateReport } from '../services/reports/currentState';
import { yearlyReport } from '../services/reports/yearly';
import { stockholmToday } from '../domain/stockholmTime';
import { reportPdf } from '../pdf/reportPdf';
import { cachedPdf } from '../pdf/pdfCache';
import { SESSION_COOKIE, requireRole } from '../auth/session';
import { validate } from '../http/validate';
import { ApiError } from '../http/errors';
import type { AppEnv } from '../http/env';

const lang = z.enum(['sv', 'en']).default('sv');
const PAGE_OF = { sv: 'Sida {page} av {pages}', en: 'Page {page} of {pages}' } as const;
const yearQuery = z.object({ year: z.coerce.number().int().min(2000, 'Välj ett år från 2000').max(2100).optional() });
const pdfQuery = z.object({ lang });
const yearlyPdfQuery = yearQuery.extend({ lang });

/**
 * Reports politicians read: the current-state analysis and the yearly report to the board, as
 * JSON for the print views, and as PDF printed by the server's Chromium from those same views.
 */
export function reportRoutes(db: Db, selfOrigin: () => string | null) {
  const district = loadDistrict(db);
  const asOf = async () => (await centreInfo(db)).dataDate ?? stockholmToday();
  // Printed from the server's own address, never from the Host the request names; kept until the
  // data (or the day) changes. Every planner sees the same report, so one print serves them all.
  const pdf = async (path: string, token: string, fileName: string, frame: { title: string; lang: 'sv' | 'en' }) => {
    const origin = selfOrigin();
    if (!origin)
      throw new ApiError(
        503,
        'pdf_unavailable',
        'PDF-export fungerar bara i den körande servern. (Server origin unknown.)',
      );
    const today = stockholmToday();
    const key = `${path}|${today}|${db.writeCount}`;
    const { pdf, hit } = cachedPdf(key, () =>
      reportPdf(
        `${origin}${path}`,
        { name: SESSION_COOKIE, value: token },
        { title: frame.title, date: today, pageOf: PAGE_OF[frame.lang] },
      ),
    );
    return new Response((await pdf) as Uint8Array<ArrayBuffer>, {
      headers: {
        'Content-Type': 'application/pdf',
        'Content-Disposition': `attachment; filename="${fileName}"`,
        'Cache-Control': 'private, no-store',
        'X-Cache': hit ? 'hit' : 'miss',
      },
    });
  };

  return new Hono<AppEnv>()
    .use('/:id/reports/*', requireRole('planner'))
    .get('/:id/reports/current-state', district, async (c) =>
      c.json(await currentStateReport(db, c.var.district, await asOf(), stockholmToday())),
    )
    .get('/:id/reports/yearly', validate('query', yearQuery), district, async (c) => {
      const date = await asOf();
      return c.json(await yearlyReport(db, c.var.district, reportYear(c.req.valid('query').year, date), date));
    })
    .get('/:id/reports/current-state.pdf', validate('query', pdfQuery), district, async (c) => {
      const { id, name } = c.var.district;
      const { lang } = c.req.valid('query');
      return pdf(
        `/reports/current-state/${encodeURIComponent(id)}?lang=${lang}`,
        getCookie(c, SESSION_COOKIE)!,
        `nulagesanalys-${id}.pdf`,
        { title: `${lang === 'sv' ? 'Nulägesanalys' : 'Current-state analysis'} · ${name}`, lang },
      );
    })
    .get('/:id/reports/yearly.pdf', validate('query', yearlyPdfQuery), district, async (c) => {
      const id = c.var.district.id;
      const year = reportYear(c.req.valid('query').year, await asOf());
      const { lang } = c.req.valid('query');
      return pdf(
        `/reports/yearly/${encodeURIComponent(id)}?year=${year}&lang=${lang}`,
        getCookie(c, SESSION_COOKIE)!,
        `arsrapport-${year}-${id}.pdf`,
        { title: `${lang === 'sv' ? 'Årsrapport' : 'Yearly report'} ${year} · ${c.var.district.name}`, lang },
      );
    });
}

/** The year asked for, or the data's year; a year the data has not reached is refused. */
function reportYear(asked: number | undefined, asOf: string): number {
  const latest = Number(asOf.slice(0, 4));
  if (asked !== undefined && asked > latest) {
    throw new ApiError(
      400,
      'invalid_request',
      `Det finns inga data för ${asked} än; senaste året är ${latest}. (No data for that year yet.)`,
    );
  }
  return asked ?? latest;
}
