import type { ReactNode } from 'react';
import { cx } from './class-names.ts';
import { describedBy, FieldError } from './field-parts.tsx';

export interface FieldsetProps {
  /** Prefix of the ids of the hint (`${id}-hint`) and the error (`${id}-fout`). */
  id?: string;
  legend: ReactNode;
  description?: ReactNode;
  error?: string | undefined;
  /** A group of fields with a frame of its own (an address, a board member). */
  framed?: boolean;
  /** Extra class names of the fieldset. */
  className?: string;
  children: ReactNode;
}

/**
 * Fields that belong together under a legend, with an optional hint and error message that
 * the fieldset is described by.
 */
export function Fieldset({
  id,
  legend,
  description,
  error,
  framed,
  className,
  children,
}: FieldsetProps) {
  const descriptionId = description && id ? `${id}-hint` : undefined;
  const errorId = error && id ? `${id}-fout` : undefined;
  return (
    <fieldset
      className={cx(
        'utrecht-form-fieldset',
        'utrecht-form-fieldset--html-fieldset',
        'sr-fieldset',
        framed && 'sr-fieldset--group',
        error && 'utrecht-form-fieldset--invalid',
        className,
      )}
      aria-describedby={describedBy(descriptionId, errorId)}
    >
      <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
        {legend}
      </legend>
      {description ? (
        <div id={descriptionId} className="utrecht-form-field-description">
          {description}
        </div>
      ) : null}
      {errorId && error ? <FieldError id={errorId} message={error} /> : null}
      {children}
    </fieldset>
  );
}
