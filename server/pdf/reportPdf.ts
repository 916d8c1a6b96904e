import { chromiumPath } from './chromium';
import { inKeptBrowser } from './keptBrowser';
import { ApiError } from '../http/errors';

const READY_TIMEOUT_MS = 45_000;

/**
 * Prints one of the app's report pages to an A4 PDF with the server's Chromium, as the signed-in
 * user (their session cookie goes along, so the page shows exactly what they may see). One
 * print at a time: a 2-core server should not run several browsers at once.
 */
/** What every printed page says around the report: its title and date at the top, "page n of m" below. */
export interface PageFrame {
  title: string;
  date: string;
  /** "Sida {page} av {pages}" in the report's language. */
  pageOf: string;
}

export function reportPdf(
  pageUrl: string,
  session: { name: string; value: string },
  frame: PageFrame,
): Promise<Uint8Array> {
  if (!chromiumPath()) {
    throw new ApiError(
      503,
      'pdf_unavailable',
      'PDF-export kräver Chromium på servern. Öppna rapporten och välj Skriv ut → Spara som PDF i stället. (Chromium is not installed.)',
    );
  }
  return print(pageUrl, session, frame);
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

/** Chromium's header and footer templates: their own small document, sized explicitly (the default is 0). */
function frameTemplates({ title, date, pageOf }: PageFrame) {
  const style =
    'font: 8px sans-serif; color: #555; width: 100%; margin: 0 14mm; display: flex; justify-content: space-between;';
  const [before, between, after] = escapeHtml(pageOf).split(/\{page\}|\{pages\}/);
  return {
    headerTemplate: `<div style="${style}"><span>${escapeHtml(title)}</span><span>${escapeHtml(date)}</span></div>`,
    footerTemplate: `<div style="${style} justify-content: flex-end;"><span>${before}<span class="pageNumber"></span>${between}<span class="totalPages"></span>${after}</span></div>`,
  };
}

async function print(pageUrl: string, session: { name: string; value: string }, frame: PageFrame): Promise<Uint8Array> {
  try {
    return await inKeptBrowser({ viewport: { width: 1123, height: 794 } }, async (context) => {
      await context.addCookies([{ ...session, url: new URL(pageUrl).origin, httpOnly: true, sameSite: 'Strict' }]);
      const page = await context.newPage();
      await page.goto(pageUrl);
      // The page says when its figures are in and the map is a still picture.
      await page.locator('[data-report-ready="true"]').waitFor({ timeout: READY_TIMEOUT_MS });
      await page.emulateMedia({ media: 'print' });
      return await page.pdf({
        format: 'A4',
        printBackground: true,
        displayHeaderFooter: true,
        ...frameTemplates(frame),
        margin: { top: '18mm', bottom: '18mm', left: '14mm', right: '14mm' },
      });
    });
  } catch (error) {
    if (error instanceof ApiError) throw error;
    throw new ApiError(502, 'pdf_failed', `PDF:en kunde inte skapas: ${(error as Error).message.split('\n')[0]}`);
  }
}
