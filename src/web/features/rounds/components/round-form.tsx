import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, type Resolver } from 'react-hook-form';
import type { z } from 'zod';
import type { Round, Scheme } from '../../../../server/features/rounds/rounds.schemas.ts';
import { ErrorMessage, StatusMessage } from '../../../components/alert.tsx';
import { Button } from '../../../components/button.tsx';
import { CheckboxField } from '../../../components/checkbox-field.tsx';
import { ErrorSummary } from '../../../components/error-summary.tsx';
import { errorMessage, summaryErrors, type FieldSpec } from '../../../components/form-errors.ts';
import { SelectField } from '../../../components/select-field.tsx';
import { TextField } from '../../../components/text-field.tsx';
import { useFormFeedback } from '../../../components/use-form-feedback.ts';
import { roundsTexts } from '../texts.ts';
import { CeilingFields, ceilingFieldSpecs } from './ceiling-fields.tsx';
import { roundFormSchema, roundFormValues, type RoundFormValues } from './round-form-schema.ts';

type FormOutput = z.output<typeof roundFormSchema>;
const resolver = zodResolver(roundFormSchema) as unknown as Resolver<
  RoundFormValues,
  unknown,
  FormOutput
>;
const texts = roundsTexts.fields;

interface RoundFormProps {
  /** Prefix of the field ids, unique on the page. */
  id: string;
  round?: Round;
  schemes: Scheme[];
  submitLabel: string;
  /** Saves and returns the message to show; throws an ApiError when it fails. */
  onSave: (values: FormOutput) => Promise<string | null>;
}

/** The data of a round: creating one, or changing one that is still in preparation. */
export function RoundForm({ id, round, schemes, submitLabel, onSave }: RoundFormProps) {
  const feedback = useFormFeedback(roundsTexts.saveFailed);
  const form = useForm<RoundFormValues, unknown, FormOutput>({
    resolver,
    defaultValues: roundFormValues(round, schemes[0]?.id ?? ''),
    shouldFocusError: false,
  });
  const { errors, isSubmitting } = form.formState;
  const fieldId = (name: string) => `${id}-${name}`;
  const fields: FieldSpec<RoundFormValues>[] = [
    ...(
      [
        'schemeId',
        'name',
        'year',
        'periodStart',
        'periodEnd',
        'opensAtLocal',
        'deadlineAtLocal',
        'partialGrant',
        'lotSeed',
      ] as const
    ).map((name) => ({ name, id: fieldId(name) })),
    ...ceilingFieldSpecs<RoundFormValues>(id),
  ];

  const onValid = async (values: FormOutput) => {
    feedback.reset();
    try {
      const message = await onSave(values);
      if (!round) form.reset(roundFormValues(undefined, values.schemeId));
      feedback.succeeded(message);
    } catch (error) {
      feedback.failed(error, form.setError, fields);
    }
  };

  const text = (
    name: Exclude<keyof RoundFormValues, 'ceilings' | 'partialGrant' | 'schemeId'>,
    label: string,
    extra: { description?: string; type?: string; className?: string } = {},
  ) => (
    <TextField
      id={fieldId(name)}
      label={label}
      description={extra.description}
      type={extra.type ?? 'text'}
      className={extra.className}
      autoComplete="off"
      error={errorMessage(errors, name)}
      {...form.register(name)}
    />
  );

  return (
    <>
      <StatusMessage>{feedback.status}</StatusMessage>
      <ErrorMessage>{feedback.serverMessage}</ErrorMessage>
      <ErrorSummary
        id={`${id}-fouten`}
        errors={summaryErrors(errors, fields, feedback.unmatched)}
        focusSignal={feedback.focusSignal}
      />
      <form
        className="sr-form"
        noValidate
        onSubmit={(event) => void form.handleSubmit(onValid, feedback.invalid)(event)}
      >
        {schemes.length > 1 ? (
          <SelectField
            id={fieldId('schemeId')}
            label={texts.scheme}
            options={schemes.map((scheme) => ({ value: scheme.id, label: scheme.name }))}
            error={errors.schemeId?.message}
            {...form.register('schemeId')}
          />
        ) : null}
        {text('name', texts.name, { description: texts.nameHint })}
        {text('year', texts.year, { className: 'sr-textbox--short' })}
        {text('periodStart', texts.periodStart, { type: 'date', className: 'sr-textbox--date' })}
        {text('periodEnd', texts.periodEnd, { type: 'date', className: 'sr-textbox--date' })}
        {text('opensAtLocal', texts.opensAtLocal, {
          type: 'datetime-local',
          description: texts.momentHint,
          className: 'sr-textbox--date',
        })}
        {text('deadlineAtLocal', texts.deadlineAtLocal, {
          type: 'datetime-local',
          description: texts.deadlineHint,
          className: 'sr-textbox--date',
        })}
        <CheckboxField
          id={fieldId('partialGrant')}
          label={texts.partialGrant}
          description={texts.partialGrantHint}
          error={errors.partialGrant?.message}
          {...form.register('partialGrant')}
        />
        {text('lotSeed', texts.lotSeed, { description: texts.lotSeedHint })}
        <CeilingFields formId={id} register={form.register} errors={errors} />
        <div className="sr-actions">
          <Button type="submit" busy={isSubmitting}>
            {submitLabel}
          </Button>
        </div>
      </form>
    </>
  );
}
