/**
 * A named scenario of the return's assumptions: new (starting from the chosen scenario's
 * values) or changed. Each assumption has its source. The form checks with the API's schema.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { Fragment } from 'react';
import { useForm, type Resolver } from 'react-hook-form';
import { z } from 'zod';
import { ASSUMPTION_KEYS, type AssumptionKey } from '../../../../domain/return/business-case.ts';
import { ASSUMPTION_LABELS } from '../../../../domain/return/scenarios.ts';
import {
  type ScenarioView,
  scenarioBodySchema,
} from '../../../../server/features/rendement/rendement.schemas.ts';
import { StatusMessage } from '../../../components/alert.tsx';
import { Button } from '../../../components/button.tsx';
import { FormProblems } from '../../../components/form-problems.tsx';
import { errorMessage, type FieldSpec } from '../../../components/form-errors.ts';
import {
  into,
  requiredDecimalText,
  requiredEuroText,
  requiredWholeNumberText,
} from '../../../components/form-schemas.ts';
import { euroInputValue } from '../../../components/money.ts';
import { TextField } from '../../../components/text-field.tsx';
import { useFormFeedback } from '../../../components/use-form-feedback.ts';
import { useSaveScenario } from '../api/rendement-api.ts';
import { rendementTexts } from '../texts.ts';

const texts = rendementTexts.form;

interface ScenarioValues {
  name: string;
  shareWouldQualify: { numerator: string; denominator: string };
  personsPerPlace: string;
  costPerPlaceCents: string;
  hoursPerApplication: string;
  productiveHoursPerFte: string;
  monthlyContributionCents: string;
  sources: Record<AssumptionKey, string>;
}

const formSchema = z
  .object({
    name: z.string(),
    shareWouldQualify: z.object({
      numerator: requiredWholeNumberText('De teller', 'Vul de teller van het deel in.'),
      denominator: requiredWholeNumberText('De noemer', 'Vul de noemer van het deel in.'),
    }),
    personsPerPlace: requiredDecimalText(
      'Het aantal personen per plek',
      'Vul het aantal personen per plek in.',
    ),
    costPerPlaceCents: requiredEuroText('Vul de kosten per plek in.'),
    hoursPerApplication: requiredDecimalText(
      'Het aantal uren per aanvraag',
      'Vul het aantal uren per aanvraag in.',
    ),
    productiveHoursPerFte: requiredDecimalText(
      'Het aantal productieve uren per fte',
      'Vul het aantal productieve uren per fte in.',
    ),
    monthlyContributionCents: requiredEuroText('Vul de eigen bijdrage in.'),
    sources: z.record(z.string(), z.string()),
  })
  .pipe(into(scenarioBodySchema));
type ScenarioOutput = z.output<typeof formSchema>;
const resolver = zodResolver(formSchema) as unknown as Resolver<
  ScenarioValues,
  unknown,
  ScenarioOutput
>;

const decimalValue = (value: number) => String(value).replace('.', ',');

function valuesOf(scenario: ScenarioView, name: string): ScenarioValues {
  const a = scenario.assumptions;
  return {
    name,
    shareWouldQualify: {
      numerator: String(a.shareWouldQualify.numerator),
      denominator: String(a.shareWouldQualify.denominator),
    },
    personsPerPlace: decimalValue(a.personsPerPlace),
    costPerPlaceCents: euroInputValue(a.costPerPlaceCents),
    hoursPerApplication: decimalValue(a.hoursPerApplication),
    productiveHoursPerFte: decimalValue(a.productiveHoursPerFte),
    monthlyContributionCents: euroInputValue(a.monthlyContributionCents),
    sources: Object.fromEntries(
      ASSUMPTION_KEYS.map((key) => [key, scenario.sources[key] ?? '']),
    ) as Record<AssumptionKey, string>,
  };
}

/** The labels of fieldsOf's fields, in their order. */
const FIELD_LABELS = [
  texts.name,
  texts.numerator,
  texts.denominator,
  texts.personsPerPlace,
  texts.costPerPlace,
  texts.hoursPerApplication,
  texts.productiveHoursPerFte,
  texts.monthlyContribution,
  ...ASSUMPTION_KEYS.map((key) => texts.source(ASSUMPTION_LABELS[key])),
];

/** The form's fields, named as the API names them, and the ids the summary links to. */
function fieldsOf(prefix: string): FieldSpec<ScenarioValues>[] {
  return [
    { name: 'name', id: `${prefix}-naam` },
    { name: 'shareWouldQualify.numerator', id: `${prefix}-teller` },
    { name: 'shareWouldQualify.denominator', id: `${prefix}-noemer` },
    { name: 'personsPerPlace', id: `${prefix}-personen` },
    { name: 'costPerPlaceCents', id: `${prefix}-kosten` },
    { name: 'hoursPerApplication', id: `${prefix}-uren` },
    { name: 'productiveHoursPerFte', id: `${prefix}-fte` },
    { name: 'monthlyContributionCents', id: `${prefix}-bijdrage` },
    ...ASSUMPTION_KEYS.map((key) => ({
      name: `sources.${key}` as const,
      id: `${prefix}-bron-${key}`,
    })),
  ];
}

export function ScenarioForm({
  scenario,
  mode,
  onSaved,
}: {
  /** New: the scenario whose values it starts with; change: the scenario itself. */
  scenario: ScenarioView;
  mode: 'create' | 'update';
  onSaved: (id: string) => void;
}) {
  const prefix = mode === 'create' ? 'nieuw-scenario' : 'scenario';
  const fields = fieldsOf(prefix);
  const save = useSaveScenario();
  const feedback = useFormFeedback(rendementTexts.failed);
  const form = useForm<ScenarioValues, unknown, ScenarioOutput>({
    resolver,
    values: valuesOf(scenario, mode === 'create' ? '' : scenario.name),
    resetOptions: { keepDirtyValues: false },
    shouldFocusError: false,
  });
  const { errors, isSubmitting } = form.formState;
  const onValid = async (body: ScenarioOutput) => {
    feedback.reset();
    try {
      const { id } = await save.mutateAsync({
        id: mode === 'create' ? null : scenario.id,
        body,
      });
      feedback.succeeded(mode === 'create' ? texts.created : texts.updated);
      onSaved(id);
    } catch (error) {
      feedback.failed(error, form.setError, fields);
    }
  };
  const titleId = `${prefix}-titel`;
  const field = (index: number, label: string) => {
    const spec = fields[index]!;
    return (
      <TextField
        id={spec.id}
        label={label}
        inputMode={index >= 1 && index <= 7 ? 'decimal' : undefined}
        error={errorMessage(errors, spec.name)}
        {...form.register(spec.name)}
      />
    );
  };
  return (
    <section aria-labelledby={titleId} className="sr-section sr-form-section">
      <h2 id={titleId} className="utrecht-heading-2">
        {mode === 'create'
          ? rendementTexts.newScenario
          : rendementTexts.editScenario(scenario.name)}
      </h2>
      {mode === 'create' ? (
        <p className="utrecht-paragraph">{rendementTexts.newScenarioHint}</p>
      ) : null}
      <StatusMessage>{feedback.status}</StatusMessage>
      <FormProblems id={`${prefix}-fouten`} errors={errors} fields={fields} feedback={feedback} />
      <form
        className="sr-form"
        noValidate
        onSubmit={(event) => void form.handleSubmit(onValid, feedback.invalid)(event)}
      >
        {FIELD_LABELS.map((label, index) => (
          <Fragment key={fields[index]!.id}>{field(index, label)}</Fragment>
        ))}
        <div className="sr-actions">
          <Button type="submit" busy={isSubmitting}>
            {mode === 'create' ? texts.create : texts.update}
          </Button>
        </div>
      </form>
    </section>
  );
}
