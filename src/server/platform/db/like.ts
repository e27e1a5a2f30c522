/**
 * Searching text with ILIKE. What a person types is matched literally: `%`, `_` and `\`
 * in it are escaped with a backslash, PostgreSQL's default escape character for LIKE, so
 * "50%" finds "50%" and not "500", and "a_b" does not find "axb".
 */
import { ilike, type Column, type SQL } from 'drizzle-orm';

/** The text with LIKE's wildcards and its escape character made literal. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** The column contains the text, whatever the case of the letters. */
export function containsText(column: Column | SQL, text: string): SQL {
  return ilike(column, `%${escapeLike(text)}%`);
}

/** The column starts with the text, whatever the case of the letters. */
export function startsWithText(column: Column | SQL, text: string): SQL {
  return ilike(column, `${escapeLike(text)}%`);
}
