import { chromiumPath } from './chromium';
import { inKeptBrowser } from './keptBrowser';
import { ApiError } from '../http/errors';

/** Link previews (Open Graph) are drawn at 1200×630, the size Facebook, LinkedIn and Teams show. */
export const PREVIEW_SIZE = { width: 1200, height: 630 } as const;
const READY_TIMEOUT_MS = 30_000;

/** A PNG of one of the app's public map pages as it looks once its map has settled. */
export async function pagePreview(pageUrl: string): Promise<Uint8Array> {
  if (!chromiumPath()) throw new ApiError(503, 'preview_unavailable', 'Förhandsbilden kräver Chromium på servern.');
  try {
    return await inKeptBrowser({ viewport: PREVIEW_SIZE, deviceScaleFactor: 1 }, async (context) => {
      const page = await context.newPage();
      await page.goto(pageUrl);
      await page.locator('[data-map-idle="true"]').waitFor({ state: 'attached', timeout: READY_TIMEOUT_MS });
      return await page.screenshot({ type: 'png' });
    });
  } catch (error) {
    if (error instanceof ApiError) throw error;
    throw new ApiError(
      502,
      'preview_failed',
      `Förhandsbilden kunde inte skapas: ${(error as Error).message.split('\n')[0]}`,
    );
  }
}
