import type { ReactNode } from 'react';
import type { FieldErrors, FieldValues } from 'react-hook-form';
import { StatusMessage } from '../../../components/alert.tsx';
import { Button } from '../../../components/button.tsx';
import { FormProblems } from '../../../components/form-problems.tsx';
import type { FieldSpec } from '../../../components/form-errors.ts';
import type { useFormFeedback } from '../../../components/use-form-feedback.ts';

/** A form of the initiative pages in its own section: heading, hint, messages, fields, button. */
export function FormSection<V extends FieldValues>({
  id,
  title,
  hint,
  errors,
  fields,
  feedback,
  onSubmit,
  submitLabel,
  busy,
  children,
}: {
  id: string;
  title: string;
  hint?: ReactNode;
  errors: FieldErrors<V>;
  fields: FieldSpec<V>[];
  feedback: ReturnType<typeof useFormFeedback>;
  onSubmit: (event: React.FormEvent<HTMLFormElement>) => void;
  submitLabel: string;
  busy: boolean;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={`${id}-titel`} className="sr-section sr-form-section">
      <h2 id={`${id}-titel`} className="utrecht-heading-2">
        {title}
      </h2>
      {hint}
      <StatusMessage>{feedback.status}</StatusMessage>
      <FormProblems id={`${id}-fouten`} errors={errors} fields={fields} feedback={feedback} />
      <form className="sr-form" noValidate onSubmit={onSubmit}>
        {children}
        <div className="sr-actions">
          <Button type="submit" busy={busy}>
            {submitLabel}
          </Button>
        </div>
      </form>
    </section>
  );
}
