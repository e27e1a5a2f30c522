/**
 * bench/startup: time from launch to a healthy /api/health on the embedded database, and
 * where that time goes. Per run, on a fresh DATA_DIR:
 *
 *   cold            `npm start` on an empty folder (PGlite initialisation, migrations, demo)
 *   plain           a restart after a graceful stop (SIGTERM)
 *   kill9Idle       a restart after `kill -9` of a server that was idle for a few seconds
 *   kill9Writes     a restart after `kill -9` right after a login and a few changes were
 *                   acknowledged; the restart must still have every one of them
 *
 * Each restart is measured twice: through `npm start` (as an operator starts it) and with
 * `node src/server/main.ts` directly, so the cost of npm (npmOverheadMs) shows; it includes
 * the web-build check, which is also timed on its own (webBuildCheckMs, in this process).
 * The server logs its own phases at debug ("startup phases"); their medians say which
 * phase is slow. Prints JSON. Run: `npm run bench:startup [-- --runs 3] [--cold-only]`.
 * The web app is built first (once), so the figures measure the server, not Vite.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ROOT, freePort } from '../test/support/server-process.ts';
import { demoAdminSession } from '../test/support/two-factor.ts';

const runsArg = process.argv.indexOf('--runs');
const runs = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 3;
/** `--cold-only`: only `npm start` on an empty folder (what a new demo machine does). */
const coldOnly = process.argv.includes('--cold-only');
/** How long a server is left alone before it is killed "while idle". */
const IDLE_MS = 3000;
/** The changes made before the kill in the kill9Writes scenario. */
const WRITES = 5;

type Launcher = 'npm' | 'node';
type Scenario = 'cold' | 'plain' | 'kill9Idle' | 'kill9Writes';

interface Phase {
  phase: string;
  ms: number;
  cpuMs: number;
}

interface Start {
  scenario: Scenario;
  launcher: Launcher;
  /** From spawning the process to the first 200 of /api/health. */
  healthyMs: number;
  /** The server's own account, from its process start (`node`, not `npm`). */
  phases: Phase[];
}

interface Server {
  launcher: Launcher;
  port: number;
  child: ChildProcess;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  phases: () => Phase[] | null;
}

function launch(launcher: Launcher, dataDir: string, port: number): Server {
  const [command, args] =
    launcher === 'npm'
      ? ['npm', ['start', '--silent']]
      : [process.execPath, [path.join(ROOT, 'src/server/main.ts')]];
  const child = spawn(command, args, {
    cwd: ROOT,
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      PSEUDONYM_KEY_FILE: `${dataDir}-secrets/pseudonym.key`,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'debug',
      LOG_FORMAT: 'json',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, so npm, its shell and the server are signalled together.
    detached: true,
  });
  let phases: Phase[] | null = null;
  let pending = '';
  child.stdout.on('data', (chunk: Buffer) => {
    pending += chunk.toString();
    const lines = pending.split('\n');
    pending = lines.pop()!;
    for (const line of lines) {
      if (!line.includes('"startup phases"')) continue;
      phases = (JSON.parse(line) as { startup: { phases: Phase[] } }).startup.phases;
    }
  });
  let errors = '';
  child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => {
      if (code !== 0 && code !== null && errors) process.stderr.write(errors);
      resolve({ code, signal });
    }),
  );
  return { launcher, port, child, exited, phases: () => phases };
}

async function healthy(server: Server, timeoutMs: number): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    try {
      const response = await fetch(`http://127.0.0.1:${server.port}/api/health`);
      if (response.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`server on port ${server.port} not healthy within ${timeoutMs} ms`);
}

async function start(
  scenario: Scenario,
  launcher: Launcher,
  dataDir: string,
): Promise<{ server: Server; start: Start }> {
  const port = await freePort();
  const started = performance.now();
  const server = launch(launcher, dataDir, port);
  await healthy(server, 180_000);
  const healthyMs = Math.round(performance.now() - started);
  // The phases are logged just after the server answers.
  const deadline = performance.now() + 10_000;
  while (!server.phases() && performance.now() < deadline)
    await new Promise((r) => setTimeout(r, 10));
  return { server, start: { scenario, launcher, healthyMs, phases: server.phases() ?? [] } };
}

/**
 * SIGTERM to the process group, as a service manager (or Ctrl-C, with SIGINT) stops it;
 * fails when the stop is not clean. npm itself ends on the signal; the server exits with 0.
 */
async function stop(server: Server): Promise<number> {
  const started = performance.now();
  process.kill(-server.child.pid!, 'SIGTERM');
  const { code, signal } = await server.exited;
  const clean = code === 0 || (server.launcher === 'npm' && signal === 'SIGTERM');
  if (!clean) throw new Error(`the server stopped with ${code ?? signal} after SIGTERM`);
  return Math.round(performance.now() - started);
}

async function kill9(server: Server): Promise<void> {
  process.kill(-server.child.pid!, 'SIGKILL');
  await server.exited;
}

interface Session {
  base: string;
  headers: Record<string, string>;
}

/** The demo administrator's session (password and second factor) on a running server. */
async function login(port: number): Promise<Session> {
  const base = `http://127.0.0.1:${port}`;
  // Many logins within a minute: wait for the next code rather than fail.
  return { base, headers: await demoAdminSession(base, { waitForNextCode: true }) };
}

/** Logs in and creates organisations; returns their names once each was acknowledged. */
async function writeSome(server: Server, label: string): Promise<string[]> {
  const session = await login(server.port);
  const names: string[] = [];
  for (let i = 1; i <= WRITES; i++) {
    const name = `Stichting Herstart ${label} ${i}`;
    const response = await fetch(`${session.base}/api/organisations`, {
      method: 'POST',
      headers: { ...session.headers, 'content-type': 'application/json' },
      body: JSON.stringify({ name }),
    });
    if (response.status !== 201) throw new Error(`create organisation: ${response.status}`);
    names.push(name);
  }
  return names;
}

/** How many of the acknowledged organisations the restarted server has. */
async function countKept(server: Server, names: string[]): Promise<number> {
  const session = await login(server.port);
  const response = await fetch(`${session.base}/api/organisations`, {
    headers: session.headers,
  });
  const items = ((await response.json()) as { items: { name: string }[] }).items;
  const present = new Set(items.map((o) => o.name));
  return names.filter((name) => present.has(name)).length;
}

const idle = () => new Promise((r) => setTimeout(r, IDLE_MS));

const median = (values: number[]) =>
  values.length === 0 ? null : [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const loadBefore = os.loadavg();
// Builds the web app when needed, as `npm start` does, so the figures measure the server.
const { webBuildIsStale } = await import('../scripts/ensure-web-build.ts');

// The web-build check that `npm start` does before the server (the build is current now).
const webBuildCheck: number[] = [];
for (let i = 0; i < Math.max(runs, 3); i++) {
  const started = performance.now();
  if (webBuildIsStale()) throw new Error('the web build is not current');
  webBuildCheck.push(Math.round((performance.now() - started) * 10) / 10);
}

const starts: Start[] = [];
const stops: number[] = [];
const durability = { acknowledged: 0, kept: 0 };
for (let run = 0; run < runs; run++) {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'samenredzaam-bench-'));
  const dataDir = path.join(folder, 'data');
  const step = async (scenario: Scenario, launcher: Launcher) => {
    const result = await start(scenario, launcher, dataDir);
    starts.push(result.start);
    return result.server;
  };

  let server = await step('cold', 'npm');
  stops.push(await stop(server));
  if (coldOnly) {
    await rm(folder, { recursive: true, force: true });
    await rm(`${dataDir}-secrets`, { recursive: true, force: true });
    continue;
  }
  server = await step('plain', 'npm');
  stops.push(await stop(server));
  server = await step('plain', 'node');
  await idle();
  await kill9(server);
  server = await step('kill9Idle', 'npm');
  await idle();
  await kill9(server);
  server = await step('kill9Idle', 'node');
  let written = await writeSome(server, `${run}a`);
  await kill9(server);
  server = await step('kill9Writes', 'npm');
  durability.acknowledged += written.length;
  durability.kept += await countKept(server, written);
  written = await writeSome(server, `${run}b`);
  await kill9(server);
  server = await step('kill9Writes', 'node');
  durability.acknowledged += written.length;
  durability.kept += await countKept(server, written);
  stops.push(await stop(server));

  await rm(folder, { recursive: true, force: true });
  await rm(`${dataDir}-secrets`, { recursive: true, force: true });
}

function figures(scenario: Scenario, launcher: Launcher) {
  const all = starts
    .filter((s) => s.scenario === scenario && s.launcher === launcher)
    .map((s) => s.healthyMs);
  return { median: median(all), all };
}

/**
 * The median of each phase over every start of the scenario (npm and node alike): its time,
 * and the processor time the server used in it (on a busy machine the time is longer).
 */
function phaseMedians(scenario: Scenario) {
  const ofScenario = starts.filter((s) => s.scenario === scenario);
  const names = [...new Set(ofScenario.flatMap((s) => s.phases.map((p) => p.phase)))];
  const of = (name: string) => ofScenario.flatMap((s) => s.phases.filter((p) => p.phase === name));
  return Object.fromEntries(
    names.map((name) => [
      name,
      { ms: median(of(name).map((p) => p.ms)), cpuMs: median(of(name).map((p) => p.cpuMs)) },
    ]),
  );
}

/** The processor time of the server's whole start (until it answers), median per scenario. */
function serverCpuMs(scenario: Scenario) {
  const all = starts
    .filter((s) => s.scenario === scenario)
    .map((s) => {
      const untilListening = s.phases.slice(0, s.phases.findIndex((p) => p.phase === 'listen') + 1);
      return Math.round(untilListening.reduce((total, p) => total + p.cpuMs, 0));
    });
  return { median: median(all), all };
}

const restart = (scenario: Scenario) => {
  const npm = figures(scenario, 'npm');
  const node = figures(scenario, 'node');
  return {
    npm,
    node,
    npmOverheadMs: npm.median !== null && node.median !== null ? npm.median - node.median : null,
    serverCpuMs: serverCpuMs(scenario),
  };
};

console.log(
  JSON.stringify(
    {
      benchmark: 'startup',
      node: process.version,
      cpus: os.cpus().length,
      loadAverage: {
        before: loadBefore.map((l) => l.toFixed(2)),
        after: os.loadavg().map((l) => l.toFixed(2)),
      },
      runs,
      goalMs: { cold: 15_000, restart: 3_000 },
      coldStartMs: { ...figures('cold', 'npm'), serverCpuMs: serverCpuMs('cold') },
      restartMs: {
        plain: restart('plain'),
        kill9Idle: restart('kill9Idle'),
        kill9Writes: restart('kill9Writes'),
      },
      webBuildCheckMs: { median: median(webBuildCheck), all: webBuildCheck },
      stopAfterSigtermMs: { median: median(stops), all: stops },
      durabilityAfterKill9: durability,
      phasesMs: {
        cold: phaseMedians('cold'),
        plain: phaseMedians('plain'),
        kill9Idle: phaseMedians('kill9Idle'),
        kill9Writes: phaseMedians('kill9Writes'),
      },
    },
    null,
    2,
  ),
);
