import { useRef, useState } from 'react';
import { formatDay } from '../../../../domain/dates.ts';
import { ApiError } from '../../../app/api-client.ts';
import { Alert, ErrorMessage } from '../../../components/alert.tsx';
import { Button } from '../../../components/button.tsx';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { formatEuro } from '../../../components/money.ts';
import { TextField } from '../../../components/text-field.tsx';
import { TextareaField } from '../../../components/textarea-field.tsx';
import { useRenounceGrant } from '../api/decisions-api.ts';
import type { Decision } from '../../../../server/features/decisions/decisions.schemas.ts';
import { decisionsTexts } from '../texts.ts';

const texts = decisionsTexts.renounce;

/**
 * After an issued grant the organisation renounces instead of withdrawing
 * (docs/rules/round-states.md): the applicant asks it here, or the policy officer records the
 * organisation's letter with its date. Once done, both see when and how much.
 */
export function RenounceSection({
  applicationId,
  decision,
  mayAsk,
  mayRecord,
}: {
  applicationId: string;
  decision: Decision;
  mayAsk: boolean;
  mayRecord: boolean;
}) {
  const done = decision.renunciation;
  if (done) {
    return (
      <Alert type="info">
        <p className="utrecht-paragraph">
          <strong>{texts.done}.</strong>{' '}
          {texts.doneText(
            formatDay(done.requestedDay),
            formatEuro(done.renouncedCents),
            done.requestedVia,
          )}
        </p>
        <p className="utrecht-paragraph">{texts.doneReason(done.reason)}</p>
      </Alert>
    );
  }
  if (!decision.issuedAt || decision.grantedCents <= 0 || (!mayAsk && !mayRecord)) return null;
  return <RenounceForm applicationId={applicationId} decision={decision} officer={mayRecord} />;
}

function RenounceForm({
  applicationId,
  decision,
  officer,
}: {
  applicationId: string;
  decision: Decision;
  officer: boolean;
}) {
  const renounce = useRenounceGrant(applicationId);
  const [reason, setReason] = useState('');
  const [requestedDay, setRequestedDay] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  const fieldError = (path: string) => failure?.fields.find((f) => f.path === path)?.message;

  const onConfirm = async () => {
    setFailure(null);
    try {
      await renounce.mutateAsync({
        reason: reason.trim(),
        ...(officer ? { requestedDay } : {}),
      });
    } catch (error) {
      setFailure(error instanceof ApiError ? error : new ApiError(500, 'INTERNAL', texts.title));
      button.current?.focus();
    } finally {
      setConfirming(false);
    }
  };

  return (
    <section aria-labelledby="afstand-titel" className="sr-section sr-form-section">
      <h2 id="afstand-titel" className="utrecht-heading-2">
        {texts.title}
      </h2>
      <p className="utrecht-paragraph">{officer ? texts.introOfficer : texts.intro}</p>
      <ErrorMessage>{failure && failure.fields.length === 0 ? failure.message : null}</ErrorMessage>
      <form
        className="sr-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          setConfirming(true);
        }}
      >
        {officer ? (
          <TextField
            id="afstand-datum"
            type="date"
            label={texts.requestedDay}
            description={texts.requestedDayHint}
            value={requestedDay}
            onChange={(event) => setRequestedDay(event.target.value)}
            error={fieldError('requestedDay')}
          />
        ) : null}
        <TextareaField
          id="afstand-reden"
          label={texts.reason}
          description={texts.reasonHint}
          rows={3}
          maxLength={1000}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          error={fieldError('reason')}
        />
        <div className="sr-actions">
          <Button ref={button} type="submit" appearance="secondary">
            {officer ? texts.buttonOfficer : texts.button}
          </Button>
        </div>
      </form>
      <ConfirmDialog
        open={confirming}
        title={texts.confirmTitle}
        confirmLabel={texts.confirm}
        busy={renounce.isPending}
        onConfirm={() => void onConfirm()}
        onCancel={() => {
          setConfirming(false);
          button.current?.focus();
        }}
      >
        <p className="utrecht-paragraph">{texts.confirmBody(formatEuro(decision.grantedCents))}</p>
      </ConfirmDialog>
    </section>
  );
}
