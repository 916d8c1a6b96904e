import { fork } from 'node:child_process';
import { Agent, get } from 'node:http';
import { fileURLToPath } from 'node:url';

export interface TileTiming {
  ms: number;
  status: number;
  bytes: number;
}

/** Kept-alive connections, as a browser's; plain `http`, whose own cost is small beside fetch's. */
const agent = new Agent({ keepAlive: true, maxSockets: 1 });

function timeTile(url: string): Promise<TileTiming> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    get(url, { agent, headers: { 'Accept-Encoding': 'gzip' } }, (res) => {
      let bytes = 0;
      res.on('data', (chunk: Buffer) => (bytes += chunk.length));
      res.on('end', () => resolve({ ms: performance.now() - started, status: res.statusCode ?? 0, bytes }));
      res.on('error', reject);
    }).on('error', reject);
  });
}

// In the client's process: asked for a list of tiles, times them one after another.
if (process.send)
  process.on('message', async (urls: string[]) => {
    const timings: TileTiming[] = [];
    for (const url of urls) timings.push(await timeTile(url));
    process.send!(timings);
  });

/**
 * The tile benchmark's client, in a process of its own, as a map's browser is: the server (in
 * the benchmark's process) then answers with an event loop and a heap that are only its own, and
 * a tile's time is not the client's parsing or collected garbage.
 */
export function startTileClient() {
  // The same Node flags (tsx's loader among them), without the benchmark's own arguments.
  const worker = fork(fileURLToPath(import.meta.url), [], { execArgv: process.execArgv });
  return {
    /** One after another, as a map's worker would not: each is the server's time for that tile alone. */
    timeTiles: (urls: string[]) =>
      new Promise<TileTiming[]>((resolve, reject) => {
        worker.once('message', resolve);
        worker.once('error', reject);
        worker.send(urls);
      }),
    close: () => void worker.kill(),
  };
}
