import { useBlocker } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { attendanceWeekSchema } from '../../../../domain/participants/attendance.ts';
import type { AttendanceWeekView } from '../../../../server/features/attendance/attendance.schemas.ts';
import { ApiError } from '../../../app/api-client.ts';
import { ErrorMessage, StatusMessage } from '../../../components/alert.tsx';
import { Button } from '../../../components/button.tsx';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { ErrorSummary, type SummaryError } from '../../../components/error-summary.tsx';
import { useSaveAttendance } from '../api/attendance-api.ts';
import { attendanceTexts as texts } from '../texts.ts';
import { draftFromView, locateError, sameDraft, toBody } from './attendance-draft.ts';
import { AttendanceGrid } from './attendance-grid.tsx';

interface AttendanceFormProps {
  view: AttendanceWeekView;
  caption: string;
  /** The week parameter of the page (undefined: the current week). */
  shownAs: string | undefined;
}

/** The grid with its own state until it is saved; leaving with changes asks first. */
export function AttendanceForm({ view, caption, shownAs }: AttendanceFormProps) {
  const save = useSaveAttendance(view.provision.id, shownAs);
  const [saved, setSaved] = useState(() => draftFromView(view));
  const [draft, setDraft] = useState(saved);
  const [errors, setErrors] = useState<SummaryError[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [focusSignal, setFocusSignal] = useState(0);
  const dirty = !sameDraft(draft, saved);

  const blocker = useBlocker({
    shouldBlockFn: () => dirty,
    enableBeforeUnload: () => dirty,
    withResolver: true,
  });

  const showErrors = (list: SummaryError[]) => {
    setErrors(list);
    setFocusSignal((n) => n + 1);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setStatus(null);
    setFailure(null);
    const { body, ...targets } = toBody(view, draft);
    // The same rules as the server, so most mistakes show without a round trip.
    const checked = attendanceWeekSchema.safeParse(body);
    if (!checked.success) {
      showErrors(
        checked.error.issues.map((issue) =>
          locateError({ path: issue.path.join('.'), message: issue.message }, targets),
        ),
      );
      return;
    }
    try {
      const result = await save.mutateAsync(checked.data);
      const next = draftFromView(result);
      setSaved(next);
      setDraft(next);
      setErrors([]);
      const anonymous = result.anonymous.reduce((sum, c) => sum + c.count, 0);
      setStatus(texts.saved(result.present.length, anonymous));
    } catch (error) {
      if (error instanceof ApiError && error.fields.length > 0) {
        showErrors(error.fields.map((field) => locateError(field, targets)));
      } else {
        setErrors([]);
        setFailure(error instanceof ApiError ? error.message : texts.saveFailed);
      }
    }
  };

  return (
    <form noValidate onSubmit={(event) => void submit(event)}>
      <ErrorSummary id="aanwezigheid-fouten" errors={errors} focusSignal={focusSignal} />
      <ErrorMessage>{failure}</ErrorMessage>
      <AttendanceGrid
        view={view}
        caption={caption}
        draft={draft}
        onChange={(next) => {
          setDraft(next);
          setStatus(null);
        }}
        invalid={new Set(errors.map((e) => e.fieldId).filter((id): id is string => id !== null))}
      />
      <div className="sr-actions">
        <Button type="submit" busy={save.isPending}>
          {texts.save}
        </Button>
        {dirty ? <p className="utrecht-paragraph">{texts.unsaved}</p> : null}
      </div>
      <StatusMessage>{status}</StatusMessage>
      <ConfirmDialog
        open={blocker.status === 'blocked'}
        title={texts.leave.title}
        confirmLabel={texts.leave.confirm}
        onConfirm={() => blocker.proceed?.()}
        onCancel={() => blocker.reset?.()}
      >
        <p className="utrecht-paragraph">{texts.leave.body}</p>
      </ConfirmDialog>
    </form>
  );
}
