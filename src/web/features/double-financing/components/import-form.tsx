import { useRef, useState, type FormEvent } from 'react';
import type { WmoImport } from '../../../../server/features/double-financing/double-financing.schemas.ts';
import { ApiError } from '../../../app/api-client.ts';
import { ErrorMessage, StatusMessage } from '../../../components/alert.tsx';
import { Button } from '../../../components/button.tsx';
import { cx } from '../../../components/class-names.ts';
import { describedBy, FieldError } from '../../../components/field-parts.tsx';
import { useUploadImports } from '../api/double-financing-api.ts';
import { doubleFinancingTexts } from '../texts.ts';

const texts = doubleFinancingTexts.import;
const ACCEPTED = /\.(xml|csv|zip)$/i;
const ID = 'toewijzingen-bestanden';

/** Choose one or more files (native file input) and hand them to the server to import. */
export function ImportForm({ onStarted }: { onStarted: (items: WmoImport[]) => void }) {
  const input = useRef<HTMLInputElement>(null);
  const upload = useUploadImports();
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [serverError, setServerError] = useState<string | null>(null);
  const [started, setStarted] = useState<string | null>(null);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setFieldError(null);
    setServerError(null);
    setStarted(null);
    const files = Array.from(input.current?.files ?? []);
    const wrong = files.filter((file) => !ACCEPTED.test(file.name));
    const problem =
      files.length === 0
        ? texts.noFiles
        : wrong.length > 0
          ? texts.wrongType(wrong.map((file) => file.name).join(', '))
          : null;
    if (problem) {
      setFieldError(problem);
      input.current?.focus();
      return;
    }
    try {
      const result = await upload.mutateAsync(files);
      if (input.current) input.current.value = '';
      setStarted(texts.started(result.items.length));
      onStarted(result.items);
    } catch (error) {
      const message = error instanceof ApiError ? error.message : doubleFinancingTexts.failed;
      const fields = error instanceof ApiError ? error.fields.map((f) => f.message) : [];
      setServerError([message, ...fields].join(' '));
    }
  };

  const hintId = `${ID}-hint`;
  const errorId = `${ID}-fout`;
  return (
    <>
      <StatusMessage>{started}</StatusMessage>
      <ErrorMessage>{serverError}</ErrorMessage>
      <form className="sr-form" noValidate onSubmit={(event) => void onSubmit(event)}>
        <div
          className={cx(
            'utrecht-form-field',
            'sr-form-field',
            'sr-file-field',
            fieldError && 'utrecht-form-field--invalid',
          )}
        >
          <div className="utrecht-form-field__label">
            <label className="utrecht-form-label" htmlFor={ID}>
              {texts.files}
            </label>
          </div>
          <div
            id={hintId}
            className="utrecht-form-field__description utrecht-form-field-description"
          >
            {texts.filesHint} {texts.csvHint}
          </div>
          {fieldError ? <FieldError id={errorId} message={fieldError} /> : null}
          <div className="utrecht-form-field__input sr-file-field__input">
            <input
              ref={input}
              id={ID}
              name="files"
              type="file"
              multiple
              accept=".xml,.csv,.zip,text/xml,application/xml,text/csv,application/zip"
              className="sr-file-input"
              aria-invalid={fieldError ? true : undefined}
              aria-describedby={describedBy(hintId, fieldError ? errorId : undefined)}
            />
          </div>
        </div>
        <div className="sr-actions">
          <Button type="submit" busy={upload.isPending}>
            {texts.submit}
          </Button>
        </div>
      </form>
    </>
  );
}
