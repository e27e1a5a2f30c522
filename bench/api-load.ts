/**
 * bench/api-load: 50 applicants autosave their drafts at the same time for 20 s against the
 * real server on a fresh embedded database (PGlite); next to it, in the same run, a bare
 * Fastify route that answers the same JSON. Prints requests/s, p50/p99 latency and errors.
 *
 * Two load shapes: `autosave` is what the form does (a save about a second after the
 * previous one answered: the editor debounces typing by 1.5 s), and `saturation` saves again
 * the moment the previous save answered, which measures the most the server can take (its
 * latency is then the queue: users ÷ throughput).
 * Run: `npm run bench:api-load [-- --users 50 --seconds 20 --think-ms 1000]`.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { completeContent } from '../test/support/tender-fixtures.ts';
import { ROOT, freePort, startServer, waitForHealth } from '../test/support/server-process.ts';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const USERS = arg('users', 50);
const SECONDS = arg('seconds', 20);
const THINK_MS = arg('think-ms', 1000);
const PASSWORD = 'bench-wachtwoord-2026';

interface Session {
  cookie: string;
  csrf: string;
}

async function login(base: string, email: string, password: string): Promise<Session> {
  const response = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (response.status !== 200) throw new Error(`login ${email}: ${response.status}`);
  const me = (await response.json()) as { csrfToken: string };
  return { cookie: response.headers.get('set-cookie')!.split(';')[0]!, csrf: me.csrfToken };
}

async function call(base: string, session: Session, method: string, url: string, body?: unknown) {
  const response = await fetch(`${base}${url}`, {
    method,
    headers: {
      cookie: session.cookie,
      'x-csrf-token': session.csrf,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? null : JSON.stringify(body),
  });
  const json = (await response.json()) as Record<string, unknown>;
  if (response.status >= 400)
    throw new Error(`${method} ${url}: ${response.status} ${JSON.stringify(json)}`);
  return json;
}

/** Creates USERS organisations, each with an applicant, a provision and a draft. */
async function prepare(base: string) {
  const admin = await login(base, 'admin@demo.example', 'samenredzaam-demo');
  const rounds = (await call(base, admin, 'GET', '/api/rounds')) as {
    items: { id: string; periodStart: string }[];
  };
  const round = rounds.items[0]!;
  const drafts: { session: Session; id: string; version: number }[] = [];
  for (let i = 0; i < USERS; i++) {
    const organisation = (await call(base, admin, 'POST', '/api/organisations', {
      name: `Bench-stichting ${i}`,
    })) as {
      id: string;
    };
    const email = `bench${i}@bench.example`;
    await call(base, admin, 'POST', '/api/users', {
      email,
      name: `Bench ${i}`,
      password: PASSWORD,
      roles: ['applicant'],
      organisationIds: [organisation.id],
    });
    const session = await login(base, email, PASSWORD);
    const provision = (await call(base, session, 'POST', '/api/provisions', {
      organisationId: organisation.id,
      name: `Buurthuiskamer ${i}`,
      category: 'living_room',
    })) as { id: string };
    const draft = (await call(base, session, 'POST', '/api/applications', {
      roundId: round.id,
      provisionId: provision.id,
    })) as { id: string; version: number };
    drafts.push({ session, id: draft.id, version: draft.version });
  }
  return { drafts, year: Number(round.periodStart.slice(0, 4)) };
}

interface Result {
  requests: number;
  errors: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
}

function summarise(latencies: number[], errors: number, seconds: number): Result {
  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (q: number) =>
    Math.round((sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0) * 10) / 10;
  return {
    requests: latencies.length,
    errors,
    requestsPerSecond: Math.round(latencies.length / seconds),
    p50Ms: at(0.5),
    p99Ms: at(0.99),
    maxMs: Math.round((sorted.at(-1) ?? 0) * 10) / 10,
  };
}

/** Each virtual user saves its draft again as soon as the previous save answered. */
async function autosaveLoad(
  base: string,
  drafts: { session: Session; id: string; version: number }[],
  year: number,
  thinkMs: number,
) {
  const latencies: number[] = [];
  let errors = 0;
  const until = performance.now() + SECONDS * 1000;
  await Promise.all(
    drafts.map(async (draft, i) => {
      let n = 0;
      // Spread the first saves over the think time, as real editors do not start in step.
      if (thinkMs > 0) await new Promise((r) => setTimeout(r, Math.random() * thinkMs));
      while (performance.now() < until) {
        const content = {
          ...completeContent(year),
          requestedCents: 1_000_000 + i * 100 + (n++ % 100),
        };
        const started = performance.now();
        try {
          const saved = (await call(base, draft.session, 'PUT', `/api/applications/${draft.id}`, {
            version: draft.version,
            content,
          })) as { version: number };
          draft.version = saved.version;
          latencies.push(performance.now() - started);
        } catch {
          errors++;
        }
        if (thinkMs > 0)
          await new Promise((r) => setTimeout(r, thinkMs * (0.75 + Math.random() / 2)));
      }
    }),
  );
  return summarise(latencies, errors, SECONDS);
}

async function bareLoad(base: string, body: unknown) {
  const latencies: number[] = [];
  let errors = 0;
  const until = performance.now() + SECONDS * 1000;
  await Promise.all(
    Array.from({ length: USERS }, async () => {
      while (performance.now() < until) {
        const started = performance.now();
        const response = await fetch(`${base}/save`, {
          method: 'PUT',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
        });
        await response.arrayBuffer();
        if (response.status === 200) latencies.push(performance.now() - started);
        else errors++;
      }
    }),
  );
  return summarise(latencies, errors, SECONDS);
}

function startBare(port: number, answer: unknown): ChildProcess {
  const code = `
    import Fastify from 'fastify';
    const answer = ${JSON.stringify(JSON.stringify(answer))};
    const app = Fastify();
    app.put('/save', async (request, reply) => reply.type('application/json').send(answer));
    await app.listen({ port: ${port}, host: '127.0.0.1' });
    console.log('ready');
  `;
  return spawn(process.execPath, ['--input-type=module', '-e', code], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
}

const dataDir = await mkdtemp(path.join(os.tmpdir(), 'samenredzaam-load-'));
const port = await freePort();
const base = `http://127.0.0.1:${port}`;
const server = startServer({
  DATA_DIR: path.join(dataDir, 'data'),
  PORT: String(port),
  SCHEDULER: 'off',
});
try {
  await waitForHealth(port, 120_000);
  const { drafts, year } = await prepare(base);
  const sample = await call(base, drafts[0]!.session, 'GET', `/api/applications/${drafts[0]!.id}`);
  const autosave = await autosaveLoad(base, drafts, year, THINK_MS);
  const saturation = await autosaveLoad(base, drafts, year, 0);

  const barePort = await freePort();
  const bare = startBare(barePort, sample);
  await new Promise((resolve) => bare.stdout?.once('data', resolve));
  const bareResult = await bareLoad(`http://127.0.0.1:${barePort}`, {
    version: 1,
    content: completeContent(year),
  });
  bare.kill('SIGTERM');

  console.log(
    JSON.stringify(
      {
        benchmark: 'api-load',
        node: process.version,
        cpus: os.cpus().length,
        database: 'pglite',
        concurrentApplicants: USERS,
        seconds: SECONDS,
        thinkMs: THINK_MS,
        autosave,
        saturation,
        bareFastifySameJson: bareResult,
        goals: { errors: 0, p99Ms: 100 },
      },
      null,
      2,
    ),
  );
} finally {
  server.child.kill('SIGTERM');
  await server.exited;
  await rm(dataDir, { recursive: true, force: true });
}
