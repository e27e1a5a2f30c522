import { useRef, useState } from 'react';
import { formatAmsterdamMoment } from '../../../../domain/dates.ts';
import type { Application } from '../../../../server/features/applications/applications.schemas.ts';
import { ApiError } from '../../../app/api-client.ts';
import { Alert, ErrorMessage } from '../../../components/alert.tsx';
import { Button } from '../../../components/button.tsx';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { TextareaField } from '../../../components/textarea-field.tsx';
import { receiptUrl, useWithdrawApplication } from '../api/applications-api.ts';
import { applicationsTexts } from '../texts.ts';

const texts = applicationsTexts.submitted;

/** After submitting: reference, moment of receipt, the receipt, and withdrawing. */
export function SubmissionStatus({
  application,
  mayWithdraw,
}: {
  application: Application;
  mayWithdraw: boolean;
}) {
  const received = application.submittedAt
    ? formatAmsterdamMoment(new Date(application.submittedAt))
    : null;
  const beforeDeadline = Date.now() < new Date(application.deadlineAt).getTime();

  return (
    <>
      {application.status === 'late' && application.reference && received ? (
        <Alert type="warning">
          <p className="utrecht-paragraph">
            <strong>{texts.lateTitle}.</strong>{' '}
            {texts.late(application.reference, received, application.deadlineDisplay)}
          </p>
        </Alert>
      ) : null}
      {application.status === 'submitted' && received ? (
        <Alert type="ok">
          <p className="utrecht-paragraph">
            <strong>{texts.title}.</strong> {texts.receivedAt(received)}
          </p>
        </Alert>
      ) : null}
      {/* Always in the page, so withdrawing is announced when the message appears. */}
      <div role="status">
        {application.status === 'withdrawn' && application.withdrawnAt ? (
          <Alert type="info">
            <p className="utrecht-paragraph">
              <strong>{texts.withdrawnTitle}.</strong>{' '}
              {texts.withdrawnAt(formatAmsterdamMoment(new Date(application.withdrawnAt)))}
            </p>
          </Alert>
        ) : null}
      </div>
      {application.reference ? (
        <p className="utrecht-paragraph">
          <a
            href={receiptUrl(application.id)}
            download
            className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action"
          >
            {texts.receipt}
          </a>
        </p>
      ) : null}
      {mayWithdraw && application.status === 'submitted' && beforeDeadline ? (
        <WithdrawForm application={application} />
      ) : null}
    </>
  );
}

function WithdrawForm({ application }: { application: Application }) {
  const withdraw = useWithdrawApplication(application.id);
  const [reason, setReason] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  const w = applicationsTexts.withdraw;

  const onConfirm = async () => {
    setFailure(null);
    try {
      await withdraw.mutateAsync(reason.trim());
      // This form disappears with the new status; reading goes on from the top.
      document.querySelector<HTMLElement>('main h1')?.focus();
    } catch (error) {
      setFailure(error instanceof ApiError ? error.message : w.failed);
      button.current?.focus();
    } finally {
      setConfirming(false);
    }
  };

  return (
    <section aria-labelledby="intrekken-titel" className="sr-section sr-form-section">
      <h2 id="intrekken-titel" className="utrecht-heading-2">
        {w.title}
      </h2>
      <p className="utrecht-paragraph">{w.intro}</p>
      <ErrorMessage>{failure}</ErrorMessage>
      <form
        className="sr-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          setConfirming(true);
        }}
      >
        <TextareaField
          id="intrekken-reden"
          label={w.reason}
          description={w.reasonHint}
          rows={3}
          maxLength={1000}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
        />
        <div className="sr-actions">
          <Button ref={button} type="submit" appearance="secondary">
            {w.button}
          </Button>
        </div>
      </form>
      <ConfirmDialog
        open={confirming}
        title={w.confirmTitle}
        confirmLabel={w.confirm}
        busy={withdraw.isPending}
        onConfirm={() => void onConfirm()}
        onCancel={() => {
          setConfirming(false);
          button.current?.focus();
        }}
      >
        <p className="utrecht-paragraph">{w.confirmBody}</p>
      </ConfirmDialog>
    </section>
  );
}
