/**
 * Characters no text of ours can hold: NUL (PostgreSQL refuses it in text, and it cuts
 * strings short in other programs) and lone UTF-16 surrogates (JSON may spell them as
 * "\ud800", but they are no character and cannot be stored as UTF-8). One check for every
 * route, before the route's own schema: the answer is 400 naming the field, never a
 * database error.
 */
import type { FastifyRequest } from 'fastify';
import { AppError, type FieldError } from './errors.ts';

// NUL; a high surrogate without a low one after it; a low one without a high one before it.
// No 'u' flag: the expression works on UTF-16 code units, where a valid pair is two units.
// eslint-disable-next-line no-control-regex -- finding NUL is the point
const FORBIDDEN = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export function hasForbiddenCharacter(text: string): boolean {
  return FORBIDDEN.test(text);
}

const MAX_REPORTED = 10;

/** Paths ("content.texts.samenwerking", "items.2.name") of strings with a forbidden character. */
export function forbiddenCharacterPaths(value: unknown, path = '', found: string[] = []): string[] {
  if (found.length >= MAX_REPORTED) return found;
  if (typeof value === 'string') {
    if (hasForbiddenCharacter(value)) found.push(path);
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => forbiddenCharacterPaths(item, join(path, String(index)), found));
  } else if (value !== null && typeof value === 'object' && !Buffer.isBuffer(value)) {
    for (const [key, item] of Object.entries(value)) {
      // A key is text too ("texts": {"\u0000": …}).
      if (hasForbiddenCharacter(key)) found.push(join(path, key.replace(/[^\x20-\x7e]/g, '?')));
      else forbiddenCharacterPaths(item, join(path, key), found);
    }
  }
  return found;
}

const join = (path: string, key: string) => (path === '' ? key : `${path}.${key}`);

const MESSAGE =
  'Deze tekst bevat een teken dat niet kan worden bewaard (een nul-teken of een ongeldig Unicode-teken). Typ de tekst opnieuw of plak hem zonder opmaak.';

/** The preValidation hook: body, query and URL parameters. */
export async function refuseForbiddenCharacters(request: FastifyRequest): Promise<void> {
  const fields: FieldError[] = [];
  for (const [where, value] of [
    ['params', request.params],
    ['querystring', request.query],
    ['body', request.body],
  ] as const) {
    for (const path of forbiddenCharacterPaths(value)) {
      fields.push({ path: path === '' ? where : path, message: MESSAGE });
    }
  }
  if (fields.length > 0) {
    throw new AppError('VALIDATION_FAILED', {
      message: `Niet alle gegevens zijn goed ingevuld (${fields.map((f) => f.path).join(', ')}).`,
      fields,
    });
  }
}
