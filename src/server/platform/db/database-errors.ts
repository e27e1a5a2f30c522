/**
 * What a database error means for the request, and what of it may be logged. Errors of pg,
 * PGlite and Drizzle carry the query, its parameters and a `detail` that can hold values
 * ("Key (email)=(x@y) already exists"); none of those may reach a log (docs/privacy/logging.md).
 * A lost connection or a data folder that cannot be written is not a bug of the request
 * but an outage: it is answered with 503 DATABASE_UNAVAILABLE (docs/operations.md).
 */

/** SQLSTATEs that mean the connection or the server is gone, not that the query is wrong. */
const UNAVAILABLE_SQLSTATES = new Set([
  '57P01', // admin_shutdown (pg_terminate_backend, a restart)
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now (starting up, recovering)
  '57P05', // idle_session_timeout
  '08000', // connection_exception
  '08001', // sqlclient_unable_to_establish_sqlconnection
  '08003', // connection_does_not_exist
  '08004', // sqlserver_rejected_establishment_of_sqlconnection
  '08006', // connection_failure
  '53100', // disk_full
  '53300', // too_many_connections
  '58000', // system_error
  '58030', // io_error (the embedded database's files cannot be written)
  '58P01', // undefined_file
  '58P02', // duplicate_file (PGlite after a file it could not create)
]);

/** SQLSTATEs of a storage that cannot be written (a full disk, a read-only folder). */
const STORAGE_SQLSTATES = new Set(['53100', '58000', '58030', '58P01', '58P02']);
const STORAGE_ERRNO = new Set(['EACCES', 'EPERM', 'EROFS', 'ENOSPC', 'EIO', 'EDQUOT']);

/** Node's error codes of a network or file system that fails under the database. */
const UNAVAILABLE_ERRNO = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EHOSTUNREACH',
  'EACCES',
  'EPERM',
  'EROFS',
  'ENOSPC',
  'EIO',
  'EDQUOT',
]);

/** Messages of pg and PGlite for a connection or engine that is gone (they carry no code). */
const UNAVAILABLE_MESSAGES = [
  /Connection terminated/i,
  /Client has encountered a connection error/i,
  /Client was closed and is not queryable/i,
  /Cannot use a pool after calling end/i,
  /timeout exceeded when trying to connect/i,
  /is not currently accepting connections/i,
  /the database system is (starting up|shutting down|in recovery mode)/i,
  /PGlite is closed/i,
  /could not (write|extend|create|open|fsync)/i,
];

/** The error and the errors it wraps (Drizzle wraps the driver's error as `cause`). */
function chain(error: unknown): unknown[] {
  const errors: unknown[] = [];
  let current = error;
  while (current && typeof current === 'object' && errors.length < 5) {
    errors.push(current);
    current = (current as { cause?: unknown }).cause;
  }
  return errors;
}

function codeOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? code : undefined;
}

/** True when the error says the database cannot be reached or written, not that a query is wrong. */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (isStorageFailure(error)) return true;
  return chain(error).some((e) => {
    const code = codeOf(e);
    if (code && (UNAVAILABLE_SQLSTATES.has(code) || UNAVAILABLE_ERRNO.has(code))) return true;
    const errno = (e as { errno?: unknown }).errno;
    // Emscripten's file system (PGlite) throws ErrnoError with a numeric errno and no code.
    if ((e as { name?: unknown }).name === 'ErrnoError' && typeof errno === 'number') return true;
    const message = (e as { message?: unknown }).message;
    return typeof message === 'string' && UNAVAILABLE_MESSAGES.some((m) => m.test(message));
  });
}

/**
 * True when the error says the database's files cannot be written: a full disk, a folder
 * made read-only, an I/O error. PostgreSQL reports a file it may not open as 42501 with
 * "Permission denied", which otherwise means a missing privilege.
 */
export function isStorageFailure(error: unknown): boolean {
  return chain(error).some((e) => {
    const code = codeOf(e);
    if (code && (STORAGE_SQLSTATES.has(code) || STORAGE_ERRNO.has(code))) return true;
    if ((e as { name?: unknown }).name === 'ErrnoError') return true;
    const message = (e as { message?: unknown }).message;
    return (
      code === '42501' &&
      typeof message === 'string' &&
      /could not .*file.*Permission denied/i.test(message)
    );
  });
}

/** What of an error may be logged: its class and the names the driver gives, never values. */
export interface SafeErrorSummary {
  type: string;
  message: string;
  code?: string;
  constraint?: string;
  table?: string;
  column?: string;
  stack?: string;
}

/** True when the error (or one it wraps) came from the database driver or Drizzle. */
function isDatabaseError(error: unknown): boolean {
  return chain(error).some((e) => {
    const name = (e as { name?: unknown }).name;
    const ctor = (e as { constructor?: { name?: string } }).constructor?.name;
    return (
      name === 'DatabaseError' ||
      ctor === 'DatabaseError' ||
      ctor === 'DrizzleQueryError' ||
      'query' in (e as object) ||
      'params' in (e as object) ||
      'severity' in (e as object)
    );
  });
}

/**
 * A summary of any error that can be logged. For a database error: the driver's class, the
 * SQLSTATE and the names of the constraint, table and column, and the first line of the
 * driver's message with quoted values taken out; no query, parameters, detail or stack
 * (Drizzle's message and stack repeat the parameters). Other errors keep message and stack.
 */
export function safeErrorSummary(error: unknown): SafeErrorSummary {
  if (!(error instanceof Error) && (typeof error !== 'object' || error === null)) {
    return { type: typeof error, message: 'non-error thrown' };
  }
  const errors = chain(error);
  const outer = errors[0] as Error;
  if (!isDatabaseError(error)) {
    return {
      type: outer.constructor?.name ?? 'Error',
      message: outer.message,
      ...(outer.stack ? { stack: outer.stack } : {}),
    };
  }
  // The innermost error is the driver's own; Drizzle's wrapper only adds query and params.
  const driver = errors[errors.length - 1] as Record<string, unknown>;
  const summary: SafeErrorSummary = {
    type: (driver.constructor as { name?: string } | undefined)?.name ?? 'Error',
    message: withoutValues(typeof driver.message === 'string' ? driver.message : ''),
  };
  const code = codeOf(driver);
  if (code) summary.code = code;
  for (const key of ['constraint', 'table', 'column'] as const) {
    const value = driver[key];
    if (typeof value === 'string') summary[key] = value;
  }
  return summary;
}

/**
 * A driver's message without the values it may quote. PostgreSQL names objects in double
 * quotes ('relation "users"') and values in other ways ('invalid input syntax for type
 * uuid: "x"', 'Failed query: … params: …'); keep only the first line, up to a colon that
 * introduces a value, and drop anything quoted that is not a plain identifier.
 */
function withoutValues(message: string): string {
  const firstLine = (message.split('\n')[0] ?? '').replace(/^Failed query:.*$/s, 'Failed query');
  const beforeValue = firstLine.replace(/:\s.*$/s, '');
  return beforeValue.replace(/"([^"]*)"/g, (whole, inner: string) =>
    /^[a-z_][a-z0-9_]*$/.test(inner) ? whole : '"…"',
  );
}
