import { useEffect, useState } from 'react';
import { useForm, type Resolver } from 'react-hook-form';
import { amsterdamDay } from '../../../../domain/dates.ts';
import {
  resolveFixedPeriod,
  type FixedPeriodKind,
} from '../../../../domain/participants/fixed-periods.ts';
import {
  CATEGORY_CODES,
  CATEGORY_LABELS,
  type Category,
} from '../../../../domain/tender/categories.ts';
import { Button } from '../../../components/button.tsx';
import { ErrorSummary } from '../../../components/error-summary.tsx';
import {
  applyServerFieldErrors,
  summaryErrors,
  type FieldSpec,
} from '../../../components/form-errors.ts';
import { SelectField } from '../../../components/select-field.tsx';
import { reportsTexts } from '../texts.ts';

const texts = reportsTexts.fixedPeriod;

interface Values {
  kind: FixedPeriodKind;
  year: string;
  part: string;
  category: string;
}

export interface FixedPeriodFilter {
  period: string;
  category?: Category;
}

const keyOf = (v: Values) =>
  v.kind === 'year'
    ? v.year
    : v.kind === 'quarter'
      ? `${v.year}-Q${v.part}`
      : `${v.year}-${v.part.padStart(2, '0')}`;

const today = () => amsterdamDay(new Date());

/** A month or quarter to be chosen, and the period ended: the same rules as the server's. */
function problemOf(values: Values): { field: 'year' | 'part'; message: string } | null {
  if (values.year === '') return { field: 'year', message: texts.chooseYear };
  if (values.kind !== 'year' && values.part === '') {
    return {
      field: 'part',
      message: values.kind === 'month' ? texts.chooseMonth : texts.chooseQuarter,
    };
  }
  const resolved = resolveFixedPeriod({ period: keyOf(values) }, today());
  return resolved.ok ? null : { field: 'year', message: resolved.problems[0]!.message };
}

const resolver: Resolver<Values> = (values) => {
  const problem = problemOf(values);
  if (!problem) return { values, errors: {} };
  return {
    values: {},
    errors: { [problem.field]: { type: 'validate', message: problem.message } },
  };
};

const fieldsOf = (id: string): FieldSpec<Values>[] => [
  { name: 'kind', id: `${id}-soort` },
  { name: 'year', id: `${id}-jaar` },
  { name: 'part', id: `${id}-deel` },
];

const isCategory = (value: string): value is Category =>
  (CATEGORY_CODES as readonly string[]).includes(value);

/** The server names the period as a whole: its message belongs next to the year. */
function onYear(error: unknown): unknown {
  if (typeof error !== 'object' || error === null || !('fields' in error)) return error;
  const fields = (error as { fields: { path: string; message: string }[] }).fields;
  return {
    ...error,
    fields: fields.map((f) =>
      ['period', 'from', 'to'].includes(f.path) ? { ...f, path: 'year' } : f,
    ),
  };
}

/**
 * The municipality's report is over a month, a quarter or a year that has ended, never over
 * any dates (docs/privacy/small-numbers.md); and optionally one category.
 */
export function FixedPeriodForm({
  id,
  shown,
  serverError,
  onChange,
}: {
  id: string;
  /** The period (and category) of the report on screen. */
  shown: { kind: FixedPeriodKind; key: string; category: Category | null } | undefined;
  serverError?: unknown;
  onChange: (filter: FixedPeriodFilter) => void;
}) {
  const fields = fieldsOf(id);
  const form = useForm<Values>({
    resolver,
    defaultValues: { kind: 'quarter', year: '', part: '', category: '' },
    shouldFocusError: false,
  });
  const [focusSignal, setFocusSignal] = useState(0);
  const { errors } = form.formState;
  const kind = form.watch('kind');
  const thisYear = Number(today().slice(0, 4));
  const years = Array.from({ length: 6 }, (_, i) => String(thisYear - i));

  // Show the period the server chose (the last quarter that has ended) until someone changes it.
  useEffect(() => {
    if (shown && !form.formState.isDirty) {
      const part =
        shown.kind === 'quarter'
          ? shown.key.slice(6)
          : shown.kind === 'month'
            ? String(Number(shown.key.slice(5, 7)))
            : '';
      form.reset({
        kind: shown.kind,
        year: shown.key.slice(0, 4),
        part,
        category: shown.category ?? '',
      });
    }
  }, [shown, form]);

  useEffect(() => {
    if (
      serverError &&
      applyServerFieldErrors(onYear(serverError), form.setError, fieldsOf(id)).applied
    ) {
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
        aria-label={reportsTexts.period.filtersLabel}
        className="sr-form sr-filter-form"
        noValidate
        onSubmit={(event) =>
          void form.handleSubmit(
            (values) => {
              onChange({
                period: keyOf(values),
                ...(isCategory(values.category) ? { category: values.category } : {}),
              });
              form.reset(values);
            },
            () => setFocusSignal((n) => n + 1),
          )(event)
        }
      >
        <p className="utrecht-paragraph">{texts.why}</p>
        <div className="sr-filter-form__grid">
          <SelectField
            id={`${id}-soort`}
            label={texts.kind}
            options={[
              { value: 'month', label: texts.kinds.month },
              { value: 'quarter', label: texts.kinds.quarter },
              { value: 'year', label: texts.kinds.year },
            ]}
            error={errors.kind?.message}
            {...form.register('kind', { onChange: () => form.setValue('part', '') })}
          />
          <SelectField
            id={`${id}-jaar`}
            label={texts.year}
            placeholder={texts.chooseYear}
            options={years.map((y) => ({ value: y, label: y }))}
            error={errors.year?.message}
            {...form.register('year')}
          />
          {kind === 'month' ? (
            <SelectField
              id={`${id}-deel`}
              label={texts.month}
              placeholder={texts.chooseMonth}
              options={texts.months.map((label, i) => ({ value: String(i + 1), label }))}
              error={errors.part?.message}
              {...form.register('part')}
            />
          ) : null}
          {kind === 'quarter' ? (
            <SelectField
              id={`${id}-deel`}
              label={texts.quarter}
              placeholder={texts.chooseQuarter}
              options={[1, 2, 3, 4].map((q) => ({
                value: String(q),
                label: texts.quarterLabel(q),
              }))}
              error={errors.part?.message}
              {...form.register('part')}
            />
          ) : null}
          <SelectField
            id={`${id}-categorie`}
            label={reportsTexts.municipality.category}
            options={[
              { value: '', label: reportsTexts.municipality.allCategories },
              ...CATEGORY_CODES.map((c) => ({ value: c, label: CATEGORY_LABELS[c] })),
            ]}
            {...form.register('category')}
          />
        </div>
        <div className="sr-actions">
          <Button type="submit">{reportsTexts.period.show}</Button>
        </div>
      </form>
    </>
  );
}
