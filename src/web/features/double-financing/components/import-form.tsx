import { useRef, useState, type FormEvent } from 'react';
import type { WmoImport } from '../../../../server/features/double-financing/double-financing.schemas.ts';
import { ApiError } from '../../../app/api-client.ts';
import { ErrorMessage, StatusMessage } from '../../../components/alert.tsx';
import { Button } from '../../../components/button.tsx';
import { FormField } from '../../../components/form-field.tsx';
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

  return (
    <>
      <StatusMessage>{started}</StatusMessage>
      <ErrorMessage>{serverError}</ErrorMessage>
      <form className="sr-form" noValidate onSubmit={(event) => void onSubmit(event)}>
        <FormField
          kind="file"
          id={ID}
          label={texts.files}
          description={`${texts.filesHint} ${texts.csvHint}`}
          error={fieldError ?? undefined}
          inputClassName="sr-file-field__input"
        >
          {(control) => (
            <input
              ref={input}
              name="files"
              type="file"
              multiple
              accept=".xml,.csv,.zip,text/xml,application/xml,text/csv,application/zip"
              className="sr-file-input"
              {...control}
            />
          )}
        </FormField>
        <div className="sr-actions">
          <Button type="submit" busy={upload.isPending}>
            {texts.submit}
          </Button>
        </div>
      </form>
    </>
  );
}
