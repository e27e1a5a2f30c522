import { useState } from 'react';
import { ErrorMessage, StatusMessage } from '../../../components/alert.tsx';
import { Button } from '../../../components/button.tsx';
import { useClearLoginThrottle } from '../api/users-api.ts';
import { usersTexts } from '../texts.ts';

const texts = usersTexts.throttle;

/** The admin lifts the login delays of one account; the rule is shown beside the button. */
export function ClearLoginThrottle({ userId }: { userId: string }) {
  const clear = useClearLoginThrottle(userId);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const onClick = async () => {
    setStatus(null);
    setError(null);
    try {
      const result = await clear.mutateAsync();
      setStatus(texts.cleared(result.clearedFailures));
    } catch (failure) {
      setError((failure as Error).message);
    }
  };

  return (
    <section aria-labelledby="inlogvertraging-titel" className="sr-section">
      <h2 id="inlogvertraging-titel" className="utrecht-heading-2">
        {texts.title}
      </h2>
      <p className="utrecht-paragraph">{texts.explanation}</p>
      <StatusMessage>{status}</StatusMessage>
      <ErrorMessage>{error}</ErrorMessage>
      <Button appearance="secondary" busy={clear.isPending} onClick={() => void onClick()}>
        {texts.submit}
      </Button>
    </section>
  );
}
