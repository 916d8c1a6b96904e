import { execFile, execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const SCRIPT = fileURLToPath(new URL('./wrkPaths.lua', import.meta.url));

export interface LoadResult {
  'requests/s': number;
  'p50 ms': number;
  'p99 ms': number;
  'non-2xx': number;
  timeouts: number;
  errors: number;
}

export function hasWrk(): boolean {
  try {
    execFileSync('wrk', ['--version'], { stdio: 'ignore' });
    return true;
  } catch (error) {
    // wrk --version exits 1 after printing its version.
    return (error as { code?: string }).code !== 'ENOENT';
  }
}

const ms = (value: string, unit: string) => Number(value) * ({ us: 0.001, ms: 1, s: 1000, m: 60_000 }[unit] ?? NaN);

/**
 * `wrk -t1 -c<connections> -d<seconds>s --latency` over the paths in turn. One client thread: on a
 * two-core machine the load generator shares the CPU with the server, and a second wrk thread
 * takes the core the server would have on a separate load machine.
 */
export async function wrk(url: string, paths: string[], { connections = 200, seconds = 20 } = {}): Promise<LoadResult> {
  const { stdout } = await promisify(execFile)('wrk', [
    '-t1',
    `-c${connections}`,
    `-d${seconds}s`,
    '--timeout',
    '10s',
    '--latency',
    '-s',
    SCRIPT,
    url,
    '--',
    ...paths,
  ]);
  const percentile = (p: string) => {
    const match = new RegExp(`^\\s*${p}%\\s+([\\d.]+)(us|ms|s|m)\\s*$`, 'm').exec(stdout);
    return match ? Math.round(ms(match[1], match[2]) * 10) / 10 : NaN;
  };
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(stdout);
  return {
    'requests/s': Math.round(Number(/Requests\/sec:\s+([\d.]+)/.exec(stdout)?.[1] ?? NaN)),
    'p50 ms': percentile('50'),
    'p99 ms': percentile('99'),
    'non-2xx': Number(/Non-2xx or 3xx responses: (\d+)/.exec(stdout)?.[1] ?? 0),
    timeouts: Number(socket?.[4] ?? 0),
    errors: socket ? Number(socket[1]) + Number(socket[2]) + Number(socket[3]) : 0,
  };
}
