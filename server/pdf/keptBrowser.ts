import type { Browser, BrowserContext } from 'playwright-core';
import { launchChromium } from './chromium';

/** A started Chromium is kept this long for the next job, then closed. */
const KEEP_BROWSER_MS = 60_000;
let queue: Promise<unknown> = Promise.resolve();
let browser: Promise<Browser> | null = null;
let closeTimer: NodeJS.Timeout | null = null;

function warmBrowser(): Promise<Browser> {
  if (closeTimer) clearTimeout(closeTimer);
  browser ??= launchChromium().then((b) => {
    b.on('disconnected', () => {
      browser = null;
    });
    return b;
  });
  return browser;
}

/** Closes the kept browser (when the server stops, or after a quiet minute). */
export async function closeKeptBrowser(): Promise<void> {
  if (closeTimer) clearTimeout(closeTimer);
  const open = browser;
  browser = null;
  if (open) await (await open.catch(() => null))?.close();
}

/**
 * Runs `job` in a fresh context of the server's one kept Chromium, one job at a time: a 2-core
 * server should not run several browsers at once (PDFs and preview pictures share it).
 */
export function inKeptBrowser<T>(
  options: Parameters<Browser['newContext']>[0],
  job: (context: BrowserContext) => Promise<T>,
): Promise<T> {
  const run = async () => {
    let context: BrowserContext | null = null;
    try {
      context = await (await warmBrowser()).newContext(options);
      return await job(context);
    } finally {
      await context?.close();
      closeTimer = setTimeout(() => void closeKeptBrowser(), KEEP_BROWSER_MS);
      closeTimer.unref();
    }
  };
  const result = queue.then(run);
  queue = result.catch(() => undefined);
  return result;
}
