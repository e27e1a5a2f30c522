import type { ComponentPropsWithRef } from 'react';
import { cx } from './class-names.ts';

interface ButtonProps extends ComponentPropsWithRef<'button'> {
  appearance?: 'primary' | 'secondary' | 'subtle';
  busy?: boolean;
}

/**
 * The Utrecht button. While `busy` it ignores clicks (and Enter in the form) but stays enabled,
 * so keyboard focus is not lost the way it is when a focused button becomes disabled.
 */
export function Button({
  appearance = 'primary',
  busy,
  className,
  type = 'button',
  onClick,
  children,
  ...rest
}: ButtonProps) {
  return (
    <button
      type={type}
      className={cx(
        'utrecht-button',
        `utrecht-button--${appearance === 'subtle' ? 'subtle' : `${appearance}-action`}`,
        type === 'submit' && 'utrecht-button--submit',
        busy && 'utrecht-button--busy',
        className,
      )}
      aria-busy={busy || undefined}
      aria-disabled={busy || undefined}
      onClick={(event) => {
        if (busy) {
          event.preventDefault();
          return;
        }
        onClick?.(event);
      }}
      {...rest}
    >
      {children}
    </button>
  );
}
