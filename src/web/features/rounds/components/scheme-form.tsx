import { zodResolver } from '@hookform/resolvers/zod';
import { Controller, useForm, type Resolver } from 'react-hook-form';
import { z } from 'zod';
import {
  BUDGET_KINDS,
  BUDGET_KIND_LABELS,
  CATEGORY_CODES,
  CATEGORY_LABELS,
  type Category,
} from '../../../../domain/tender/categories.ts';
import {
  LEGAL_GROUND_LABELS,
  LEGAL_GROUNDS,
  legalGroundsSchema,
  schemeDefinitionSchema,
  type SchemeDefinition,
} from '../../../../domain/tender/scheme-definition.ts';
import {
  schemeBodySchema,
  type Scheme,
} from '../../../../server/features/rounds/rounds.schemas.ts';
import { ErrorMessage, StatusMessage } from '../../../components/alert.tsx';
import { Button } from '../../../components/button.tsx';
import { ChoiceGroup } from '../../../components/choice-group.tsx';
import { ErrorSummary } from '../../../components/error-summary.tsx';
import { errorMessage, summaryErrors, type FieldSpec } from '../../../components/form-errors.ts';
import { requiredWholeNumberText } from '../../../components/form-schemas.ts';
import { TextField } from '../../../components/text-field.tsx';
import { TextareaField } from '../../../components/textarea-field.tsx';
import { useFormFeedback } from '../../../components/use-form-feedback.ts';
import { useUpdateScheme } from '../api/rounds-api.ts';
import { roundsTexts } from '../texts.ts';
import { Fieldset } from '../../../components/fieldset.tsx';

const texts = roundsTexts.scheme;
const definitionShape = schemeDefinitionSchema.shape;

interface SchemeFormValues {
  name: string;
  definition: Omit<SchemeDefinition, 'textLimit'> & { textLimit: string };
}

const schemeFormSchema = z
  .object({
    name: schemeBodySchema.shape.name,
    definition: z.object({
      generalConditions: definitionShape.generalConditions,
      categories: definitionShape.categories,
      textLimit: requiredWholeNumberText(texts.textLimit, texts.textLimitEmpty).pipe(
        definitionShape.textLimit,
      ),
      legalGrounds: legalGroundsSchema,
    }),
  })
  // The form always sends the grounds; the server's default is for forms frozen before them.
  .pipe(
    schemeBodySchema.extend({
      definition: schemeDefinitionSchema.extend({ legalGrounds: legalGroundsSchema }),
    }),
  );
type FormOutput = z.output<typeof schemeFormSchema>;
const resolver = zodResolver(schemeFormSchema) as unknown as Resolver<
  SchemeFormValues,
  unknown,
  FormOutput
>;

/** Refreshments are never eligible, so they are not offered. */
const kindOptions = BUDGET_KINDS.filter((kind) => kind !== 'refreshments').map((kind) => ({
  value: kind,
  label: BUDGET_KIND_LABELS[kind],
}));

const ID = 'regeling';
const toValues = (scheme: Scheme): SchemeFormValues => ({
  name: scheme.name,
  definition: { ...scheme.definition, textLimit: String(scheme.definition.textLimit) },
});

export function SchemeForm({ scheme }: { scheme: Scheme }) {
  const updateScheme = useUpdateScheme(scheme.id);
  const feedback = useFormFeedback(roundsTexts.saveFailed);
  const form = useForm<SchemeFormValues, unknown, FormOutput>({
    resolver,
    defaultValues: toValues(scheme),
    shouldFocusError: false,
  });
  const { errors, isSubmitting } = form.formState;
  const conditions = scheme.definition.generalConditions;
  const categoryId = (category: Category) => `${ID}-${category}`;

  const fields: FieldSpec<SchemeFormValues>[] = [
    { name: 'name', id: `${ID}-naam` },
    ...conditions.flatMap((_, index) => [
      {
        name: `definition.generalConditions.${index}.label` as const,
        id: `${ID}-voorwaarde-${index}-naam`,
      },
      {
        name: `definition.generalConditions.${index}.explanation` as const,
        id: `${ID}-voorwaarde-${index}-toelichting`,
      },
    ]),
    ...CATEGORY_CODES.flatMap((category) => [
      {
        name: `definition.categories.${category}.eligibleKinds` as const,
        id: `${categoryId(category)}-soorten-0`,
      },
      ...scheme.definition.categories[category].criteria.flatMap((_, index) => [
        {
          name: `definition.categories.${category}.criteria.${index}.label` as const,
          id: `${categoryId(category)}-criterium-${index}-naam`,
        },
        {
          name: `definition.categories.${category}.criteria.${index}.explanation` as const,
          id: `${categoryId(category)}-criterium-${index}-toelichting`,
        },
      ]),
    ]),
    ...LEGAL_GROUNDS.map((ground) => ({
      name: `definition.legalGrounds.${ground}` as const,
      id: `${ID}-grondslag-${ground}`,
    })),
    { name: 'definition.textLimit', id: `${ID}-tekens` },
  ];

  const onValid = async (values: FormOutput) => {
    feedback.reset();
    try {
      const saved = await updateScheme.mutateAsync(values);
      form.reset(toValues(saved));
      feedback.succeeded(texts.saved);
    } catch (error) {
      feedback.failed(error, form.setError, fields);
    }
  };

  return (
    <>
      <StatusMessage>{feedback.status}</StatusMessage>
      <ErrorMessage>{feedback.serverMessage}</ErrorMessage>
      <ErrorSummary
        id={`${ID}-fouten`}
        errors={summaryErrors(errors, fields, feedback.unmatched)}
        focusSignal={feedback.focusSignal}
      />
      <form
        className="sr-form sr-form--wide"
        noValidate
        onSubmit={(event) => void form.handleSubmit(onValid, feedback.invalid)(event)}
      >
        <TextField
          id={`${ID}-naam`}
          label={texts.name}
          autoComplete="off"
          error={errors.name?.message}
          {...form.register('name')}
        />

        <section aria-labelledby={`${ID}-voorwaarden-titel`} className="sr-form-part">
          <h2 id={`${ID}-voorwaarden-titel`} className="utrecht-heading-2">
            {texts.conditionsTitle}
          </h2>
          <p className="utrecht-paragraph">{texts.conditionsHint}</p>
          {conditions.map((condition, index) => (
            <div className="sr-board-member" key={condition.code}>
              <TextField
                id={`${ID}-voorwaarde-${index}-naam`}
                label={texts.conditionLabel(index + 1)}
                autoComplete="off"
                error={errorMessage(errors, `definition.generalConditions.${index}.label`)}
                {...form.register(`definition.generalConditions.${index}.label`)}
              />
              <TextareaField
                id={`${ID}-voorwaarde-${index}-toelichting`}
                label={texts.conditionExplanation(index + 1)}
                rows={2}
                error={errorMessage(errors, `definition.generalConditions.${index}.explanation`)}
                {...form.register(`definition.generalConditions.${index}.explanation`)}
              />
            </div>
          ))}
        </section>

        {CATEGORY_CODES.map((category) => (
          <section
            key={category}
            aria-labelledby={`${categoryId(category)}-titel`}
            className="sr-form-part"
          >
            <h2 id={`${categoryId(category)}-titel`} className="utrecht-heading-2">
              {CATEGORY_LABELS[category]}
            </h2>
            <Controller
              control={form.control}
              name={`definition.categories.${category}.eligibleKinds`}
              render={({ field, fieldState }) => (
                <ChoiceGroup
                  type="checkbox"
                  id={`${categoryId(category)}-soorten`}
                  legend={texts.eligibleKindsFor(CATEGORY_LABELS[category])}
                  description={texts.eligibleKindsHint}
                  name={field.name}
                  options={kindOptions}
                  value={field.value}
                  onChange={field.onChange}
                  onBlur={field.onBlur}
                  ref={field.ref}
                  error={fieldState.error?.message}
                />
              )}
            />
            <Fieldset framed legend={texts.criteriaFor(CATEGORY_LABELS[category])}>
              {scheme.definition.categories[category].criteria.map((criterion, index) => {
                const prefix = `definition.categories.${category}.criteria.${index}` as const;
                return (
                  <div className="sr-board-member" key={criterion.code}>
                    <TextField
                      id={`${categoryId(category)}-criterium-${index}-naam`}
                      label={texts.criterionLabel(index + 1)}
                      description={criterion.judged ? texts.judged : texts.computed}
                      autoComplete="off"
                      error={errorMessage(errors, `${prefix}.label`)}
                      {...form.register(`${prefix}.label`)}
                    />
                    <TextareaField
                      id={`${categoryId(category)}-criterium-${index}-toelichting`}
                      label={texts.criterionExplanation(index + 1)}
                      rows={3}
                      error={errorMessage(errors, `${prefix}.explanation`)}
                      {...form.register(`${prefix}.explanation`)}
                    />
                  </div>
                );
              })}
            </Fieldset>
          </section>
        ))}

        <section aria-labelledby={`${ID}-grondslagen-titel`} className="sr-form-part">
          <h2 id={`${ID}-grondslagen-titel`} className="utrecht-heading-2">
            {texts.groundsTitle}
          </h2>
          <p className="utrecht-paragraph">{texts.groundsHint}</p>
          {LEGAL_GROUNDS.map((ground) => (
            <TextField
              key={ground}
              id={`${ID}-grondslag-${ground}`}
              label={texts.groundLabel(LEGAL_GROUND_LABELS[ground])}
              autoComplete="off"
              error={errorMessage(errors, `definition.legalGrounds.${ground}`)}
              {...form.register(`definition.legalGrounds.${ground}`)}
            />
          ))}
        </section>

        <TextField
          id={`${ID}-tekens`}
          label={texts.textLimit}
          description={texts.textLimitHint}
          inputMode="numeric"
          autoComplete="off"
          className="sr-textbox--short"
          error={errorMessage(errors, 'definition.textLimit')}
          {...form.register('definition.textLimit')}
        />
        <div className="sr-actions">
          <Button type="submit" busy={isSubmitting}>
            {texts.submit}
          </Button>
        </div>
      </form>
    </>
  );
}
