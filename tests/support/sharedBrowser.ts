import { chromium, type Browser } from 'playwright-core';
import { inject } from 'vitest';
import type { TestProject } from 'vitest/node';
import { CHROMIUM_ARGS, chromiumPath } from '../../server/pdf/chromium';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the browser tests' one Chromium listens (Playwright's browser server). */
    chromiumEndpoint: string;
  }
}

/**
 * vitest globalSetup for the browser tests: one Chromium for every file. Each file used to
 * launch its own, and a new Chromium's first page pays for the GPU process starting and every
 * WebGL shader being compiled (~2 s more than the next page); a file now opens its pages in
 * contexts of their own in the one browser, as isolated from each other's as before.
 */
export default async function setup(project: TestProject) {
  const server = await chromium.launchServer({ executablePath: chromiumPath() ?? undefined, args: CHROMIUM_ARGS });
  project.provide('chromiumEndpoint', server.wsEndpoint());
  return () => server.close();
}

/** The shared Chromium, for this test file; `close()` leaves it running and closes this file's pages. */
export function connectBrowser(): Promise<Browser> {
  return chromium.connect(inject('chromiumEndpoint'));
}
