import { useRouterState } from '@tanstack/react-router';
import { Alert } from './alert.tsx';

/** The message another page left for this one (after submitting), shown on top. */
export function Notice() {
  const notice = useRouterState({ select: (state) => state.location.state.notice });
  return (
    <div role="alert">
      {notice ? (
        <Alert type={notice.type} className="sr-notice">
          <p className="utrecht-paragraph">{notice.message}</p>
        </Alert>
      ) : null}
    </div>
  );
}
