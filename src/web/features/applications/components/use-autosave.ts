import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApplicationContent } from '../../../../domain/applications/application-content.ts';
import type { Application } from '../../../../server/features/applications/applications.schemas.ts';
import { ApiError, type FieldError } from '../../../app/api-client.ts';
import { queryKeys } from '../../../app/queries.ts';
import { saveDraft } from '../api/applications-api.ts';

export type SaveState =
  | { kind: 'saved'; at: string }
  | { kind: 'saving' }
  | { kind: 'invalid' }
  | { kind: 'failed'; message: string }
  | { kind: 'conflict'; updatedBy: string | null; updatedAt: string | null }
  | { kind: 'closed' };

const DELAY_MS = 1500;

interface AutosaveOptions {
  application: Application;
  /** The content to save now, or null while the form holds something that cannot be saved. */
  getContent: () => ApplicationContent | null;
  /** The server refused a field (a rule the form does not know). */
  onFieldErrors: (fields: FieldError[]) => void;
}

/**
 * Saves the draft about 1.5 seconds after the last change, one save at a time, with the
 * version it started from: when someone else saved in between, the server refuses (edit
 * conflict) and nothing is saved until the person has loaded the newest version. Changes not
 * yet saved when the page is left are sent on the way out.
 */
export function useAutosave({ application, getContent, onFieldErrors }: AutosaveOptions) {
  const queryClient = useQueryClient();
  const [state, setState] = useState<SaveState>({ kind: 'saved', at: application.updatedAt });
  const version = useRef(application.version);
  const dirty = useRef(false);
  const blocked = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const latest = useRef({ getContent, onFieldErrors });
  latest.current = { getContent, onFieldErrors };
  const id = application.id;

  const stored = useCallback(
    (saved: Application) => {
      version.current = saved.version;
      queryClient.setQueryData(queryKeys.application(id), saved);
      void queryClient.invalidateQueries({ queryKey: [...queryKeys.applications, 'list'] });
    },
    [id, queryClient],
  );

  const saveNow = useCallback(async () => {
    if (!dirty.current || blocked.current) return;
    const content = latest.current.getContent();
    if (!content) {
      setState({ kind: 'invalid' });
      return;
    }
    dirty.current = false;
    setState({ kind: 'saving' });
    try {
      const saved = await saveDraft(id, { version: version.current, content });
      stored(saved);
      setState({ kind: 'saved', at: saved.updatedAt });
    } catch (error) {
      dirty.current = true;
      if (error instanceof ApiError && error.code === 'EDIT_CONFLICT') {
        blocked.current = true;
        const { updatedBy, updatedAt } = error.details;
        setState({
          kind: 'conflict',
          updatedBy: typeof updatedBy === 'string' ? updatedBy : null,
          updatedAt: typeof updatedAt === 'string' ? updatedAt : null,
        });
      } else if (error instanceof ApiError && error.code === 'APPLICATION_NOT_EDITABLE') {
        blocked.current = true;
        setState({ kind: 'closed' });
      } else if (error instanceof ApiError && error.fields.length > 0) {
        latest.current.onFieldErrors(error.fields);
        setState({ kind: 'invalid' });
      } else {
        setState({
          kind: 'failed',
          message: error instanceof Error ? error.message : String(error),
        });
      }
    }
  }, [id, stored]);

  /** Runs saves one after the other, never two at once. */
  const enqueue = useCallback(() => {
    queue.current = queue.current.then(saveNow);
    return queue.current;
  }, [saveNow]);

  /** Something changed: save a moment after the typing stops. */
  const changed = useCallback(() => {
    if (blocked.current) return;
    dirty.current = true;
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void enqueue(), DELAY_MS);
  }, [enqueue]);

  /** Save what is pending now; true when everything is saved. */
  const flush = useCallback(async () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    await enqueue();
    return !dirty.current && !blocked.current;
  }, [enqueue]);

  // Leaving the page (another page of the app, or closing the tab): send what is pending.
  useEffect(() => {
    const sendOnLeave = () => {
      if (timer.current) clearTimeout(timer.current);
      timer.current = null;
      if (!dirty.current || blocked.current) return;
      const content = latest.current.getContent();
      if (!content) return;
      dirty.current = false;
      saveDraft(id, { version: version.current, content }, true).then(stored, () => {
        dirty.current = true;
      });
    };
    const onPageHide = () => sendOnLeave();
    window.addEventListener('pagehide', onPageHide);
    return () => {
      window.removeEventListener('pagehide', onPageHide);
      sendOnLeave();
    };
  }, [id, stored]);

  return { state, changed, flush };
}
