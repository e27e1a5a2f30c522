import { Alert } from './alert.tsx';
import { Button } from './button.tsx';
import { componentTexts } from './texts.ts';

export function Loading() {
  return (
    <p className="utrecht-paragraph sr-loading" role="status">
      {componentTexts.loading}
    </p>
  );
}

/** Shown where data could not be loaded; the server's Dutch message when there is one. */
export function LoadError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const message =
    error instanceof Error && error.message ? error.message : componentTexts.loadFailed;
  return (
    <Alert type="error" role="alert">
      <p className="utrecht-paragraph">
        {componentTexts.loadFailed} {message === componentTexts.loadFailed ? null : message}
      </p>
      {onRetry ? (
        <Button appearance="secondary" onClick={onRetry}>
          {componentTexts.retry}
        </Button>
      ) : null}
    </Alert>
  );
}
