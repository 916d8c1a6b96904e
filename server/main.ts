import { loadConfig } from './config';
import { startServer } from './server';

const server = await startServer(loadConfig(process.env));
console.log(`Platsatlas is running: ${server.url}`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => void server.close().then(() => process.exit(0)));
}
