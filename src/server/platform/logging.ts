/**
 * What the server writes to its log, and how. Quiet by default: requests are logged only at
 * LOG_LEVEL=debug, one line each. Logged URLs never carry a secret or personal data: the
 * token of an invitation, questionnaire or password link, and any value of a query parameter that is
 * not known to be harmless, are replaced by "[redacted]" (docs/privacy/logging.md).
 * LOG_FORMAT=json gives pino's JSON lines for a log collector; the default is one readable
 * line per entry for a person at a terminal.
 */
import { LogController, type FastifyReply, type FastifyRequest } from 'fastify';
import type { Config } from './config.ts';
import { safeErrorSummary } from './db/database-errors.ts';

export const REDACTED = '[redacted]';

/**
 * Paths whose next segment is a secret: a link sent by e-mail or shown as a QR code that
 * lets its holder in without logging in. The web app's pages of those links count too.
 */
const SECRET_PATH_PREFIXES = [
  '/api/invitations/',
  '/api/questionnaire/',
  '/uitnodiging/',
  '/vragenlijst/',
  '/wachtwoord-herstellen/',
];

/** Query parameters whose values say nothing about a person; every other value is hidden. */
const HARMLESS_QUERY_PARAMETERS = new Set([
  'format',
  'page',
  'pageSize',
  'status',
  'category',
  'period',
  'dayPart',
  'roundId',
  'provisionId',
  'organisationId',
  'districtCode',
  'neighbourhoodCode',
]);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Random tokens are 32 bytes in base64url (43 characters); ids are UUIDs. */
const TOKEN_LIKE = /^[A-Za-z0-9_-]{32,}$/;

/** A URL as it may be logged: path secrets and query values redacted, the shape kept. */
export function redactUrl(url: string): string {
  const queryStart = url.indexOf('?');
  const path = queryStart === -1 ? url : url.slice(0, queryStart);
  const query = queryStart === -1 ? null : url.slice(queryStart + 1);

  const segments = path.split('/');
  const redactedPath = segments
    .map((segment, i) => {
      const before = `${segments.slice(0, i).join('/')}/`;
      if (segment !== '' && SECRET_PATH_PREFIXES.includes(before)) return REDACTED;
      if (TOKEN_LIKE.test(segment) && !UUID.test(segment)) return REDACTED;
      return segment;
    })
    .join('/');
  if (query === null) return redactedPath;

  const redactedQuery = query
    .split('&')
    .map((pair) => {
      const equals = pair.indexOf('=');
      if (equals === -1) return pair;
      const name = pair.slice(0, equals);
      return HARMLESS_QUERY_PARAMETERS.has(decodeName(name)) ? pair : `${name}=${REDACTED}`;
    })
    .join('&');
  return `${redactedPath}?${redactedQuery}`;
}

function decodeName(name: string): string {
  try {
    return decodeURIComponent(name.replace(/\+/g, ' '));
  } catch {
    return name;
  }
}

/** Where log lines go: pino writes each entry as one JSON line to `write`. */
export interface LogDestination {
  write(line: string): void;
}

const LEVEL_NAMES: Record<number, string> = {
  10: 'TRACE',
  20: 'DEBUG',
  30: 'INFO',
  40: 'WARN',
  50: 'ERROR',
  60: 'FATAL',
};

/** Fields pino adds to every entry, which a person at a terminal does not need. */
const TERMINAL_OMITS = new Set(['level', 'time', 'pid', 'hostname', 'msg', 'reqId', 'err']);

const clock = new Intl.DateTimeFormat('nl-NL', {
  timeZone: 'Europe/Amsterdam',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** One JSON entry as a readable line: "14:03:07 DEBUG GET /api/rounds 200 (4 ms)". */
export function formatLogLine(json: string): string {
  let entry: Record<string, unknown>;
  try {
    entry = JSON.parse(json) as Record<string, unknown>;
  } catch {
    return json.endsWith('\n') ? json : `${json}\n`;
  }
  const time = typeof entry.time === 'number' ? clock.format(new Date(entry.time)) : '';
  const level = LEVEL_NAMES[Number(entry.level)] ?? String(entry.level);
  const req = entry.req as { method?: string; url?: string } | undefined;
  const res = entry.res as { statusCode?: number } | undefined;
  const message = typeof entry.msg === 'string' ? entry.msg : JSON.stringify(entry.msg);
  const parts = [time, level.padEnd(5)];
  if (req?.method) {
    parts.push(`${req.method} ${req.url ?? ''}`);
    if (res?.statusCode) parts.push(String(res.statusCode));
    if (typeof entry.responseTime === 'number')
      parts.push(`(${Math.round(entry.responseTime)} ms)`);
    if (entry.msg !== undefined && message !== 'request completed') parts.push(`— ${message}`);
  } else if (entry.msg !== undefined) {
    parts.push(message);
  }
  for (const [key, value] of Object.entries(entry)) {
    if (TERMINAL_OMITS.has(key) || key === 'req' || key === 'res' || key === 'responseTime')
      continue;
    parts.push(`${key}=${typeof value === 'string' ? value : JSON.stringify(value)}`);
  }
  const err = entry.err as { stack?: string; message?: string } | undefined;
  const detail = err ? `\n${err.stack ?? err.message ?? ''}` : '';
  return `${parts.filter((p) => p !== '').join(' ')}${detail}\n`;
}

/** A destination that writes readable lines instead of JSON. */
export function readableDestination(out: LogDestination = process.stdout): LogDestination {
  return { write: (line) => out.write(formatLogLine(line)) };
}

type LogSettings = Pick<Config, 'LOG_LEVEL' | 'LOG_FORMAT'>;

interface LoggedRequest {
  method: string;
  url: string;
}

/** Fastify's logger options for the configuration; `destination` for tests (else stdout). */
export function loggerOptions(settings: LogSettings, destination?: LogDestination) {
  const stream =
    settings.LOG_FORMAT === 'json'
      ? (destination ?? process.stdout)
      : readableDestination(destination ?? process.stdout);
  return {
    level: settings.LOG_LEVEL,
    stream,
    serializers: {
      // Only what helps to find a problem: no client address (personal data), no headers
      // (cookies, CSRF tokens), and the URL without its secrets.
      req: (request: LoggedRequest) => ({
        method: request.method,
        url: redactUrl(request.url),
      }),
      res: (reply: { statusCode: number }) => ({ statusCode: reply.statusCode }),
      // A database error carries its query's parameters and a detail with values: only its
      // class, code and the names of constraint and table are logged.
      // (An error already summarised, a plain object, is kept as it is.)
      err: (error: Error) => {
        if (!(error instanceof Error)) return error;
        const summary = safeErrorSummary(error);
        return { ...summary, stack: summary.stack ?? summary.message };
      },
    },
    hooks: {
      // Fastify says "Server listening at …" once per network address at info; the start-up
      // banner says it once, so these lines are kept for debug.
      logMethod(
        this: { debug: (...args: unknown[]) => void },
        args: unknown[],
        method: (...args: unknown[]) => void,
        level: number,
      ) {
        if (level === 30 && typeof args[0] === 'string' && args[0].startsWith('Server listening'))
          return this.debug(...args);
        return method.apply(this, args);
      },
    },
  };
}

/**
 * Fastify's request log lines, quieter: one line per request at debug (none for the
 * incoming request), errors of the server at error level, with the redacted URL.
 */
export class QuietRequestLog extends LogController {
  override incomingRequest(): void {}

  override requestCompleted(
    error: Error | null | undefined,
    request: FastifyRequest,
    reply: FastifyReply,
  ): void {
    if (error) {
      reply.log.error(
        { req: request, res: reply, err: error, responseTime: reply.elapsedTime },
        'request errored',
      );
    } else {
      reply.log.debug(
        { req: request, res: reply, responseTime: reply.elapsedTime },
        'request completed',
      );
    }
  }

  override routeNotFound(request: FastifyRequest): void {
    request.log.debug({ req: request }, 'route not found');
  }

  override defaultErrorLog(error: Error, request: FastifyRequest, reply: FastifyReply): void {
    if (reply.statusCode >= 500) {
      reply.log.error({ req: request, res: reply, err: error }, safeErrorSummary(error).message);
    } else {
      reply.log.debug({ req: request, res: reply }, error.message);
    }
  }
}
