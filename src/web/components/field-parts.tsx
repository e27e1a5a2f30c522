import { componentTexts } from './texts.ts';

export const describedBy = (...ids: (string | undefined)[]) =>
  ids.filter(Boolean).join(' ') || undefined;

export function FieldError({ id, message }: { id: string; message: string }) {
  return (
    <div id={id} className="utrecht-form-field__error-message utrecht-form-field-error-message">
      <span className="sr-visually-hidden">{componentTexts.errorPrefix} </span>
      {message}
    </div>
  );
}
