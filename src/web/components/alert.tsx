import type { ReactNode } from 'react';
import { cx } from './class-names.ts';

type AlertType = 'info' | 'ok' | 'warning' | 'error';

interface AlertProps {
  type: AlertType;
  children: ReactNode;
  /** `alert` interrupts (errors after an action); `status` waits its turn (success). */
  role?: 'alert' | 'status';
  className?: string;
}

/** The Utrecht alert, as a plain element. */
export function Alert({ type, children, role, className }: AlertProps) {
  return (
    <div
      className={cx('utrecht-alert', `utrecht-alert--${type}`, 'sr-alert', className)}
      role={role}
    >
      <div className="utrecht-alert__content">
        <div className="utrecht-alert__message">{children}</div>
      </div>
    </div>
  );
}

/**
 * A live region that is always in the page, so a message that appears in it is announced
 * (a region inserted together with its text often is not).
 */
export function StatusMessage({ children }: { children?: ReactNode }) {
  return (
    <div role="status" className="sr-status">
      {children ? (
        <Alert type="ok">
          <p className="utrecht-paragraph">{children}</p>
        </Alert>
      ) : null}
    </div>
  );
}

/** Same, for errors after an action (role="alert"). */
export function ErrorMessage({ children }: { children?: ReactNode }) {
  return (
    <div role="alert" className="sr-status">
      {children ? (
        <Alert type="error">
          <p className="utrecht-paragraph">{children}</p>
        </Alert>
      ) : null}
    </div>
  );
}
