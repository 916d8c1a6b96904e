import { loadConfig } from './config';
import { startServer } from './server';
import { startupProblem } from './startupProblem';

/** After this long a stop signal ends the process even if a request is still running. */
const SHUTDOWN_LIMIT_MS = 10_000;

const config = loadConfig(process.env);
const server = await startServer(config).catch((error: Error) => {
  const problem = startupProblem(config.dbPath, error);
  if (!problem) throw error;
  console.error(problem);
  process.exit(1);
});
console.log(`Platsatlas is running: ${server.url}`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    console.log(`${signal}: finishing the requests in progress (at most ${SHUTDOWN_LIMIT_MS / 1000} s) …`);
    setTimeout(() => process.exit(1), SHUTDOWN_LIMIT_MS).unref();
    void server.close().then(() => process.exit(0));
  });
}
