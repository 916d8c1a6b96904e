import { defineConfig } from 'vitest/config';

// Passwords are hashed at a test cost: the suite signs in hundreds of times (auth.test checks the real one).
const TEST_ENV = { PLATSATLAS_PASSWORD_COST: 'low' };

export default defineConfig({
  test: {
    // Two workers on a two-core machine: the API tests run beside the one browser test at a
    // time instead of after it (vitest's default is one worker fewer than the cores).
    maxWorkers: 2,
    projects: [
      {
        test: {
          name: 'unit+api',
          include: ['tests/unit/**/*.test.ts', 'tests/api/**/*.test.ts'],
          // Every file makes its own app on its own copy of the database, and the server keeps its
          // caches per database: the files can share one module graph instead of importing the
          // server again for each of them (~30 s of a run).
          isolate: false,
          environment: 'node',
          env: TEST_ENV,
          globalSetup: ['tests/support/templateDb.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          // As for the API tests: each file starts its own server on its own database copy.
          isolate: false,
          environment: 'node',
          env: TEST_ENV,
          globalSetup: ['tests/support/templateDb.ts', 'tests/support/sharedBrowser.ts'],
          testTimeout: 90_000,
          hookTimeout: 90_000,
          // A page waits as long as a person would: the map and its data load in seconds, not one.
          expect: { poll: { timeout: 10_000 } },
          // One browser at a time: CI machines have two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
