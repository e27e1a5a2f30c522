import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { formatAmsterdamMoment } from '../../../../domain/dates.ts';
import { ErrorMessage, StatusMessage } from '../../../components/alert.tsx';
import { Button } from '../../../components/button.tsx';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { LoadError, Loading } from '../../../components/query-state.tsx';
import { userTwoFactorQueryOptions, useResetTwoFactor } from '../api/users-api.ts';
import { usersTexts } from '../texts.ts';

const texts = usersTexts.twoFactor;

/** Whether the user logs in with a second factor, and the admin's reset for a lost phone. */
export function ResetTwoFactor({ userId }: { userId: string }) {
  const status = useQuery(userTwoFactorQueryOptions(userId));
  const reset = useResetTwoFactor(userId);
  const [asking, setAsking] = useState(false);
  const [done, setDone] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const onConfirm = async () => {
    setError(null);
    try {
      await reset.mutateAsync();
      setDone(true);
    } catch (failure) {
      setError((failure as Error).message);
    } finally {
      setAsking(false);
    }
  };

  const data = status.data;
  return (
    <section aria-labelledby="twee-stappen-titel" className="sr-section">
      <h2 id="twee-stappen-titel" className="utrecht-heading-2">
        {texts.title}
      </h2>
      {status.isPending ? <Loading /> : null}
      {status.isError ? (
        <LoadError error={status.error} onRetry={() => void status.refetch()} />
      ) : null}
      {data ? (
        <p className="utrecht-paragraph">
          {data.enrolledAt ? texts.on(formatAmsterdamMoment(new Date(data.enrolledAt))) : texts.off}{' '}
          {data.required ? texts.required : texts.optional}
        </p>
      ) : null}
      <StatusMessage>{done ? texts.done : null}</StatusMessage>
      <ErrorMessage>{error}</ErrorMessage>
      {data?.enrolled ? (
        <>
          <p className="utrecht-paragraph">{texts.explanation}</p>
          <Button appearance="secondary" onClick={() => setAsking(true)}>
            {texts.submit}
          </Button>
          <ConfirmDialog
            open={asking}
            title={texts.confirmTitle}
            confirmLabel={texts.confirm}
            busy={reset.isPending}
            onConfirm={() => void onConfirm()}
            onCancel={() => setAsking(false)}
          >
            <p className="utrecht-paragraph">{texts.confirmBody}</p>
          </ConfirmDialog>
        </>
      ) : null}
    </section>
  );
}
