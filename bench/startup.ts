/**
 * bench/startup: time from `npm start` to a healthy /api/health, on a fresh DATA_DIR
 * (cold: PGlite initialisation, migrations and the demo municipality) and again on the
 * same folder (restart). Prints JSON. Run: `npm run bench:startup [-- --runs 3]`.
 * The web app is built first (once), so the figures measure the server, not Vite.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ROOT, freePort, waitForHealth } from '../test/support/server-process.ts';

const runsArg = process.argv.indexOf('--runs');
const runs = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 3;

function npmStart(env: Record<string, string>) {
  const child = spawn('npm', ['start'], {
    cwd: ROOT,
    env: { ...process.env, LOG_LEVEL: 'warn', ...env },
    stdio: 'ignore',
    detached: true,
  });
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  return {
    stop: async () => {
      process.kill(-child.pid!, 'SIGTERM');
      await exited;
    },
  };
}

async function timeStart(dataDir: string): Promise<number> {
  const port = await freePort();
  const started = performance.now();
  const server = npmStart({ DATA_DIR: dataDir, PORT: String(port) });
  await waitForHealth(port, 120_000);
  const elapsed = performance.now() - started;
  await server.stop();
  return Math.round(elapsed);
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

spawnSync('node', ['scripts/ensure-web-build.ts'], { cwd: ROOT, stdio: 'inherit' });
const cold: number[] = [];
const restart: number[] = [];
for (let i = 0; i < runs; i++) {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'samenredzaam-bench-'));
  cold.push(await timeStart(path.join(dataDir, 'data')));
  restart.push(await timeStart(path.join(dataDir, 'data')));
  await rm(dataDir, { recursive: true, force: true });
}

console.log(
  JSON.stringify(
    {
      benchmark: 'startup',
      node: process.version,
      cpus: os.cpus().length,
      runs,
      coldStartMs: { median: median(cold), all: cold, goal: 15_000 },
      restartMs: { median: median(restart), all: restart, goal: 3_000 },
    },
    null,
    2,
  ),
);
