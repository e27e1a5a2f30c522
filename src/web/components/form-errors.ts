// Types only: the login page uses these helpers without react-hook-form, whose code would
// otherwise be part of the JavaScript every visitor loads first.
import type { FieldErrors, FieldValues, Path, UseFormSetError } from 'react-hook-form';
import type { SummaryError } from './error-summary.tsx';

/** A form field: its name in the form (may be nested: `boardMembers.0.name`) and the id of the
 * element the summary links to. */
export interface FieldSpec<T extends FieldValues> {
  name: Path<T>;
  id: string;
}

interface ServerErrorLike {
  fields: { path: string; message: string }[];
}

const hasFields = (error: unknown): error is ServerErrorLike =>
  typeof error === 'object' && error !== null && Array.isArray((error as ServerErrorLike).fields);

/** What lies at a path (`boardMembers.0.name`, `boardMembers[0].name`) in the errors. */
function at(errors: unknown, name: string): unknown {
  let value = errors;
  for (const part of name.split(/[.[\]]+/).filter(Boolean)) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

/** The message of a field's error, if it has one. */
export function errorMessage<T extends FieldValues>(
  errors: FieldErrors<T>,
  name: string,
): string | undefined {
  const entry: unknown = at(errors, name);
  const message =
    typeof entry === 'object' && entry !== null && 'message' in entry ? entry.message : undefined;
  return typeof message === 'string' && message ? message : undefined;
}

/** The messages of the form's errors, in the order of the fields, for the error summary. */
export function summaryErrors<T extends FieldValues>(
  errors: FieldErrors<T>,
  fields: FieldSpec<T>[],
  extra: string[] = [],
): SummaryError[] {
  const list: SummaryError[] = [];
  for (const field of fields) {
    const message = errorMessage(errors, field.name);
    if (message) list.push({ fieldId: field.id, message });
  }
  for (const message of extra) list.push({ fieldId: null, message });
  return list;
}

/**
 * Puts the server's field errors (`fields: [{path, message}]`) next to the fields: on the field
 * with exactly that path, else on the field named by its first part (`roles.2` → `roles`).
 * Returns the messages about paths the form does not have, to show in the summary unlinked.
 */
export function applyServerFieldErrors<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  fields: FieldSpec<T>[],
): { applied: boolean; unmatched: string[] } {
  if (!hasFields(error) || error.fields.length === 0) return { applied: false, unmatched: [] };
  const unmatched: string[] = [];
  for (const fieldError of error.fields) {
    const head = fieldError.path.split('.')[0] ?? '';
    const field =
      fields.find((f) => f.name === fieldError.path) ?? fields.find((f) => f.name === head);
    if (field) setError(field.name, { type: 'server', message: fieldError.message });
    else unmatched.push(fieldError.message);
  }
  return { applied: true, unmatched };
}
