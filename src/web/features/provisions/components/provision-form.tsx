import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery } from '@tanstack/react-query';
import { Controller, useForm, type Resolver } from 'react-hook-form';
import { z } from 'zod';
import { WEEKDAYS, type OpeningDayParts } from '../../../../domain/day-parts.ts';
import { CATEGORY_CODES, CATEGORY_LABELS } from '../../../../domain/tender/categories.ts';
import {
  provisionBodySchema,
  type Provision,
} from '../../../../server/features/provisions/provisions.schemas.ts';
import { neighbourhoodsQueryOptions } from '../../../app/shared-queries.ts';
import { ErrorMessage, StatusMessage } from '../../../components/alert.tsx';
import { Button } from '../../../components/button.tsx';
import { ErrorSummary } from '../../../components/error-summary.tsx';
import { errorMessage, summaryErrors, type FieldSpec } from '../../../components/form-errors.ts';
import { neighbourhoodGroups } from '../../../components/neighbourhood-groups.ts';
import { SelectField } from '../../../components/select-field.tsx';
import { TextField } from '../../../components/text-field.tsx';
import { TextareaField } from '../../../components/textarea-field.tsx';
import { LoadError, Loading } from '../../../components/query-state.tsx';
import { into } from '../../../components/form-schemas.ts';
import { useFormFeedback } from '../../../components/use-form-feedback.ts';
import { provisionsTexts } from '../texts.ts';
import { DayPartsField, type OpeningGrid } from './day-parts-field.tsx';

const texts = provisionsTexts.fields;
const shape = provisionBodySchema.shape;

export interface ProvisionFormValues {
  organisationId: string;
  name: string;
  category: string;
  street: string;
  postcode: string;
  neighbourhoodCode: string;
  openingDayParts: OpeningGrid;
  targetGroups: string;
  accessibility: string;
}

const provisionFormSchema = z
  .object({
    organisationId: z
      .string()
      .min(1, { message: 'Kies de organisatie.' })
      .pipe(shape.organisationId),
    name: shape.name,
    category: z.string().min(1, { message: 'Kies een categorie.' }).pipe(shape.category),
    street: shape.street,
    postcode: shape.postcode,
    neighbourhoodCode: shape.neighbourhoodCode,
    // Days without a day part are left out.
    openingDayParts: z
      .record(z.string(), z.array(z.string()))
      .transform((grid) =>
        Object.fromEntries(Object.entries(grid).filter(([, parts]) => parts.length > 0)),
      )
      .pipe(into(shape.openingDayParts)),
    targetGroups: z
      .string()
      .transform((text) =>
        text
          .split('\n')
          .map((line) => line.trim())
          .filter(Boolean),
      )
      .pipe(into(shape.targetGroups)),
    accessibility: shape.accessibility,
  })
  .pipe(into(provisionBodySchema));
type FormOutput = z.output<typeof provisionFormSchema>;
const resolver = zodResolver(provisionFormSchema) as unknown as Resolver<
  ProvisionFormValues,
  unknown,
  FormOutput
>;

const grid = (opening?: OpeningDayParts): OpeningGrid =>
  Object.fromEntries(WEEKDAYS.map((day) => [day, [...(opening?.[day] ?? [])]])) as OpeningGrid;

export const provisionFormValues = (
  provision: Provision | undefined,
  organisationId: string,
): ProvisionFormValues => ({
  organisationId: provision?.organisationId ?? organisationId,
  name: provision?.name ?? '',
  category: provision?.category ?? '',
  street: provision?.street ?? '',
  postcode: provision?.postcode ?? '',
  neighbourhoodCode: provision?.neighbourhoodCode ?? '',
  openingDayParts: grid(provision?.openingDayParts),
  targetGroups: provision?.targetGroups.join('\n') ?? '',
  accessibility: provision?.accessibility ?? '',
});

interface ProvisionFormProps {
  id: string;
  provision?: Provision;
  /** The organisations this person may add a provision for. */
  organisations: { id: string; name: string }[];
  submitLabel: string;
  onSave: (values: FormOutput) => Promise<string>;
  resetAfterSave: boolean;
}

export function ProvisionForm({
  id,
  provision,
  organisations,
  submitLabel,
  onSave,
  resetAfterSave,
}: ProvisionFormProps) {
  const neighbourhoods = useQuery(neighbourhoodsQueryOptions);
  const feedback = useFormFeedback(provisionsTexts.saveFailed);
  const form = useForm<ProvisionFormValues, unknown, FormOutput>({
    resolver,
    defaultValues: provisionFormValues(provision, organisations[0]?.id ?? ''),
    shouldFocusError: false,
  });
  const { errors, isSubmitting } = form.formState;
  const fieldId = (name: string) => `${id}-${name}`;
  const fields: FieldSpec<ProvisionFormValues>[] = (
    [
      'organisationId',
      'name',
      'category',
      'street',
      'postcode',
      'neighbourhoodCode',
      'openingDayParts',
      'targetGroups',
      'accessibility',
    ] as const
  ).map((name) => ({
    name,
    id: name === 'openingDayParts' ? `${fieldId(name)}-monday-morning` : fieldId(name),
  }));
  const accessibility = form.watch('accessibility');

  const onValid = async (values: FormOutput) => {
    feedback.reset();
    try {
      const message = await onSave(values);
      if (resetAfterSave) form.reset(provisionFormValues(undefined, values.organisationId));
      feedback.succeeded(message);
    } catch (error) {
      feedback.failed(error, form.setError, fields);
    }
  };

  // The buurt list must be there before the form, or the saved buurt cannot be shown as chosen.
  if (neighbourhoods.isPending) return <Loading />;
  if (neighbourhoods.isError)
    return <LoadError error={neighbourhoods.error} onRetry={() => void neighbourhoods.refetch()} />;

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
        {!provision && organisations.length > 1 ? (
          <SelectField
            id={fieldId('organisationId')}
            label={texts.organisation}
            options={organisations.map((o) => ({ value: o.id, label: o.name }))}
            error={errors.organisationId?.message}
            {...form.register('organisationId')}
          />
        ) : null}
        <TextField
          id={fieldId('name')}
          label={texts.name}
          autoComplete="off"
          error={errors.name?.message}
          {...form.register('name')}
        />
        <SelectField
          id={fieldId('category')}
          label={texts.category}
          description={texts.categoryHint}
          placeholder={texts.chooseCategory}
          options={CATEGORY_CODES.map((c) => ({ value: c, label: CATEGORY_LABELS[c] }))}
          error={errors.category?.message}
          {...form.register('category')}
        />
        <TextField
          id={fieldId('street')}
          label={texts.street}
          autoComplete="off"
          error={errors.street?.message}
          {...form.register('street')}
        />
        <TextField
          id={fieldId('postcode')}
          label={texts.postcode}
          description={texts.postcodeHint}
          autoComplete="off"
          className="sr-textbox--short"
          error={errors.postcode?.message}
          {...form.register('postcode')}
        />
        <SelectField
          id={fieldId('neighbourhoodCode')}
          label={texts.neighbourhood}
          description={texts.neighbourhoodHint}
          placeholder={texts.noNeighbourhood}
          groups={neighbourhoodGroups(neighbourhoods.data)}
          error={errors.neighbourhoodCode?.message}
          {...form.register('neighbourhoodCode')}
        />
        <Controller
          control={form.control}
          name="openingDayParts"
          render={({ field }) => (
            <DayPartsField
              id={fieldId('openingDayParts')}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
            />
          )}
        />
        <TextareaField
          id={fieldId('targetGroups')}
          label={texts.targetGroups}
          description={texts.targetGroupsHint}
          rows={3}
          error={errorMessage(errors, 'targetGroups')}
          {...form.register('targetGroups')}
        />
        <TextareaField
          id={fieldId('accessibility')}
          label={texts.accessibility}
          description={texts.accessibilityHint}
          rows={3}
          length={accessibility.length}
          error={errors.accessibility?.message}
          {...form.register('accessibility')}
        />
        <div className="sr-actions">
          <Button type="submit" busy={isSubmitting}>
            {submitLabel}
          </Button>
        </div>
      </form>
    </>
  );
}
