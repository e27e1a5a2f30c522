/**
 * Database errors that are caused by the request, not by the server: a reference to a row
 * that does not exist (foreign key), a value of the wrong form for its column. They are
 * answered with 4xx naming the field, instead of 500.
 */
import { AppError } from './errors.ts';

interface PgError {
  code?: string;
  column?: string;
  detail?: string;
  cause?: unknown;
}

/** The PostgreSQL error in a chain of causes (Drizzle wraps the driver's error). */
function pgErrorIn(error: unknown): PgError | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth++) {
    const candidate = current as PgError;
    if (typeof candidate.code === 'string' && /^[0-9A-Z]{5}$/.test(candidate.code)) {
      return candidate;
    }
    current = candidate.cause;
  }
  return undefined;
}

const camelCase = (column: string) =>
  column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/** An AppError for a database error the request caused, or undefined. */
export function databaseInputError(error: unknown): AppError | undefined {
  const pg = pgErrorIn(error);
  if (!pg) return undefined;
  if (pg.code === '23503') {
    // "Key (organisation_id)=(…) is not present in table …": the column names the field.
    const column = /Key \(([a-z_]+)\)/.exec(pg.detail ?? '')?.[1];
    const path = column ? camelCase(column) : undefined;
    return new AppError('NOT_FOUND', {
      message: path ? `Wat ${path} noemt, bestaat niet of u hebt er geen toegang toe.` : undefined,
      ...(path
        ? { fields: [{ path, message: 'Dit bestaat niet of u hebt er geen toegang toe.' }] }
        : {}),
    });
  }
  // invalid_text_representation (e.g. no UUID), character_not_in_repertoire (NUL),
  // untranslatable_character, numeric_value_out_of_range, datetime_field_overflow.
  if (['22P02', '22021', '22P05', '22003', '22008'].includes(pg.code ?? '')) {
    return new AppError('VALIDATION_FAILED', {
      message: 'Een van de waarden heeft niet de juiste vorm.',
    });
  }
  return undefined;
}
