import { useQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import type { Round } from '../../../../server/features/rounds/rounds.schemas.ts';
import { ApiError } from '../../../app/api-client.ts';
import { Alert, ErrorMessage } from '../../../components/alert.tsx';
import { Button } from '../../../components/button.tsx';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { LoadError, Loading } from '../../../components/query-state.tsx';
import { checklistQueryOptions, useOpenRound } from '../api/rounds-api.ts';
import { roundsTexts } from '../texts.ts';

const texts = roundsTexts.open;

/**
 * The checklist and the consequences of opening, then the button; opening asks for
 * confirmation because it freezes the form.
 */
export function OpenRound({ round, onOpened }: { round: Round; onOpened: () => void }) {
  const checklist = useQuery(checklistQueryOptions(round.id));
  const openRound = useOpenRound(round.id);
  const [confirming, setConfirming] = useState(false);
  const [failure, setFailure] = useState<string[] | null>(null);
  const button = useRef<HTMLButtonElement>(null);

  const onConfirm = async () => {
    setFailure(null);
    try {
      await openRound.mutateAsync();
      setConfirming(false);
      onOpened();
    } catch (error) {
      setConfirming(false);
      button.current?.focus();
      setFailure(
        error instanceof ApiError
          ? [error.message, ...error.fields.map((field) => field.message)]
          : [roundsTexts.saveFailed],
      );
      void checklist.refetch();
    }
  };

  if (checklist.isPending) return <Loading />;
  if (checklist.isError)
    return <LoadError error={checklist.error} onRetry={() => void checklist.refetch()} />;
  const { items, warnings, canOpen } = checklist.data;

  return (
    <>
      <h3 className="utrecht-heading-3">{texts.checklistTitle}</h3>
      <p className="utrecht-paragraph">{texts.checklistIntro}</p>
      <ul className="utrecht-unordered-list sr-checklist">
        {items.map((item) => (
          <li
            className={`utrecht-unordered-list__item sr-checklist__item sr-checklist__item--${item.ok ? 'ok' : 'open'}`}
            key={item.label}
          >
            <span className="sr-checklist__mark" aria-hidden="true">
              {item.ok ? '✓' : '✗'}
            </span>{' '}
            <span className="sr-visually-hidden">{item.ok ? texts.ok : texts.notOk} </span>
            {item.label}
          </li>
        ))}
      </ul>
      <h3 className="utrecht-heading-3">{texts.warningsTitle}</h3>
      <ul className="utrecht-unordered-list">
        {warnings.map((warning) => (
          <li className="utrecht-unordered-list__item" key={warning}>
            {warning}
          </li>
        ))}
      </ul>
      <ErrorMessage>
        {failure ? (
          <>
            {failure[0]}
            {failure.length > 1 ? (
              <span className="sr-block-list">
                {failure.slice(1).map((message) => (
                  <span key={message}>{message}</span>
                ))}
              </span>
            ) : null}
          </>
        ) : null}
      </ErrorMessage>
      {canOpen ? (
        <div className="sr-actions">
          <Button ref={button} onClick={() => setConfirming(true)}>
            {texts.button}
          </Button>
        </div>
      ) : (
        <Alert type="warning">
          <p className="utrecht-paragraph">{texts.notReady}</p>
        </Alert>
      )}
      <ConfirmDialog
        open={confirming}
        title={texts.confirmTitle}
        confirmLabel={texts.confirm}
        busy={openRound.isPending}
        onConfirm={() => void onConfirm()}
        onCancel={() => {
          setConfirming(false);
          button.current?.focus();
        }}
      >
        <p className="utrecht-paragraph">{texts.confirmBody}</p>
      </ConfirmDialog>
    </>
  );
}
