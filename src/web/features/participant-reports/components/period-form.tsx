import { useEffect, useState } from 'react';
import { useForm, type Resolver } from 'react-hook-form';
import {
  reportPeriodSchema,
  type ReportPeriod,
} from '../../../../domain/participants/report/period.ts';
import { Button } from '../../../components/button.tsx';
import { ErrorSummary } from '../../../components/error-summary.tsx';
import {
  applyServerFieldErrors,
  summaryErrors,
  type FieldSpec,
} from '../../../components/form-errors.ts';
import { TextField } from '../../../components/text-field.tsx';
import { reportsTexts } from '../texts.ts';

const texts = reportsTexts.period;

interface Values {
  from: string;
  to: string;
}

export type ReportFilter = ReportPeriod;

/** The period's own rules (an end on or after the start), the same as the server's. */
const resolver: Resolver<Values> = (values) => {
  const parsed = reportPeriodSchema.safeParse(values);
  if (parsed.success) return { values, errors: {} };
  const errors = Object.fromEntries(
    parsed.error.issues.map((issue) => [
      String(issue.path[0]),
      { type: 'validate', message: issue.message },
    ]),
  );
  return { values: {}, errors };
};

const fieldsOf = (id: string): FieldSpec<Values>[] => [
  { name: 'from', id: `${id}-van` },
  { name: 'to', id: `${id}-tot` },
];

/**
 * The period of a provision's own report. Filled in with the period the report shows;
 * `serverError` puts the server's field messages next to the fields. (The municipality's
 * report has fixed periods only: `FixedPeriodForm`.)
 */
export function PeriodForm({
  id,
  shown,
  serverError,
  onChange,
}: {
  id: string;
  /** The period of the report on screen. */
  shown: { from: string; to: string } | undefined;
  serverError?: unknown;
  onChange: (filter: ReportFilter) => void;
}) {
  const fields = fieldsOf(id);
  const form = useForm<Values>({
    resolver,
    defaultValues: { from: '', to: '' },
    shouldFocusError: false,
  });
  const [focusSignal, setFocusSignal] = useState(0);
  const { errors } = form.formState;

  // Show the period the server chose (the last twelve months) until someone changes it.
  useEffect(() => {
    if (shown && !form.formState.isDirty) {
      form.reset({ from: shown.from, to: shown.to });
    }
  }, [shown, form]);

  useEffect(() => {
    if (serverError && applyServerFieldErrors(serverError, form.setError, fieldsOf(id)).applied) {
      setFocusSignal((n) => n + 1);
    }
  }, [serverError, form.setError, id]);

  return (
    <>
      <ErrorSummary
        id={`${id}-fouten`}
        errors={summaryErrors(errors, fields)}
        focusSignal={focusSignal}
      />
      <form
        role="search"
        aria-label={texts.filtersLabel}
        className="sr-form sr-filter-form"
        noValidate
        onSubmit={(event) =>
          void form.handleSubmit(
            (values) => {
              onChange({ from: values.from, to: values.to });
              form.reset(values);
            },
            () => setFocusSignal((n) => n + 1),
          )(event)
        }
      >
        <div className="sr-filter-form__grid">
          <TextField
            id={`${id}-van`}
            label={texts.from}
            type="date"
            error={errors.from?.message}
            {...form.register('from')}
          />
          <TextField
            id={`${id}-tot`}
            label={texts.to}
            type="date"
            error={errors.to?.message}
            {...form.register('to')}
          />
        </div>
        <div className="sr-actions">
          <Button type="submit">{texts.show}</Button>
        </div>
      </form>
    </>
  );
}
