import { useState } from 'react';
import type { FieldValues, UseFormSetError } from 'react-hook-form';
import { ApiError } from '../app/api-client.ts';
import { applyServerFieldErrors, type FieldSpec } from './form-errors.ts';

/**
 * What a form shows around its fields after submitting: a success message, the server's
 * message when it has no field errors, messages about fields the form does not have, and a
 * signal that moves focus to the error summary.
 */
export function useFormFeedback(fallbackMessage: string) {
  const [status, setStatus] = useState<string | null>(null);
  const [serverMessage, setServerMessage] = useState<string | null>(null);
  const [unmatched, setUnmatched] = useState<string[]>([]);
  const [focusSignal, setFocusSignal] = useState(0);

  return {
    status,
    serverMessage,
    unmatched,
    focusSignal,
    /** Before a new attempt: forget the previous outcome. */
    reset: () => {
      setStatus(null);
      setServerMessage(null);
      setUnmatched([]);
    },
    succeeded: (message: string | null) => {
      setStatus(message);
    },
    /** The form's own check failed: focus the summary. */
    invalid: () => {
      setFocusSignal((n) => n + 1);
    },
    /** The server refused: field errors next to the fields, else its message on top. */
    failed: <T extends FieldValues>(
      error: unknown,
      setError: UseFormSetError<T>,
      fields: FieldSpec<T>[],
    ) => {
      const result = applyServerFieldErrors(error, setError, fields);
      if (result.applied) {
        setUnmatched(result.unmatched);
        setFocusSignal((n) => n + 1);
      } else {
        setServerMessage(error instanceof ApiError ? error.message : fallbackMessage);
      }
    },
  };
}
