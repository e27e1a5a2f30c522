/**
 * An organisation submits an initiative to the fund, at any time (docs/rules/sif-initiatives.md).
 * The form checks with the API's own schema.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery } from '@tanstack/react-query';
import { Controller, useForm, type Resolver } from 'react-hook-form';
import { z } from 'zod';
import {
  SIF_PRIORITIES,
  SIF_PRIORITY_LABELS,
  initiativeContentSchema,
} from '../../../../domain/sif/initiative.ts';
import { submitInitiativeBodySchema } from '../../../../server/features/sif-initiatives/sif-initiatives.schemas.ts';
import { useMe } from '../../../app/queries.ts';
import {
  neighbourhoodsQueryOptions,
  provisionListQueryOptions,
} from '../../../app/shared-queries.ts';
import { CheckboxField } from '../../../components/checkbox-field.tsx';
import { ChoiceGroup } from '../../../components/choice-group.tsx';
import { Fieldset } from '../../../components/fieldset.tsx';
import type { FieldSpec } from '../../../components/form-errors.ts';
import { into, requiredEuroText } from '../../../components/form-schemas.ts';
import { neighbourhoodGroups } from '../../../components/neighbourhood-groups.ts';
import { SelectField } from '../../../components/select-field.tsx';
import { TextField } from '../../../components/text-field.tsx';
import { TextareaField } from '../../../components/textarea-field.tsx';
import { useFormFeedback } from '../../../components/use-form-feedback.ts';
import { useSubmitInitiative } from '../api/sif-api.ts';
import { sifTexts } from '../texts.ts';
import { FormSection } from './form-section.tsx';

interface Values {
  organisationId: string;
  provisionId: string;
  content: {
    title: string;
    description: string;
    neighbourhoodCodes: string[];
    targetGroups: string;
    priorities: string[];
    impact: { reach: string; fewer_provisions: string; structural_change: string };
    requestedCents: string;
    cofinancingCents: string;
    periodStart: string;
    periodEnd: string;
    continuation: string;
    registersParticipants: boolean;
  };
}
const contentShape = initiativeContentSchema.shape;
const formSchema = z
  .object({
    organisationId: z.string(),
    provisionId: z.string(),
    content: z
      .object({
        ...contentShape,
        requestedCents: requiredEuroText().pipe(into(contentShape.requestedCents)),
        cofinancingCents: requiredEuroText('Vul de cofinanciering in (0 als er geen is).').pipe(
          into(contentShape.cofinancingCents),
        ),
      })
      .pipe(into(initiativeContentSchema)),
  })
  .pipe(into(submitInitiativeBodySchema));
type Output = z.output<typeof formSchema>;
const resolver = zodResolver(formSchema) as unknown as Resolver<Values, unknown, Output>;

const fields: FieldSpec<Values>[] = [
  { name: 'organisationId', id: 'sif-organisatie' },
  { name: 'provisionId', id: 'sif-voorziening' },
  { name: 'content.title', id: 'sif-naam' },
  { name: 'content.description', id: 'sif-beschrijving' },
  { name: 'content.neighbourhoodCodes', id: 'sif-buurten' },
  { name: 'content.targetGroups', id: 'sif-doelgroepen' },
  { name: 'content.priorities', id: 'sif-prioriteiten-0' },
  { name: 'content.impact.reach', id: 'sif-bereik' },
  { name: 'content.impact.fewer_provisions', id: 'sif-minder' },
  { name: 'content.impact.structural_change', id: 'sif-structureel' },
  { name: 'content.requestedCents', id: 'sif-gevraagd' },
  { name: 'content.cofinancingCents', id: 'sif-cofinanciering' },
  { name: 'content.periodStart', id: 'sif-begin' },
  { name: 'content.periodEnd', id: 'sif-einde' },
  { name: 'content.continuation', id: 'sif-voortzetting' },
];

export function NewInitiativeForm({
  onSubmitted,
}: {
  onSubmitted: (result: { id: string; reference: string; decisionDueDay: string }) => void;
}) {
  const t = sifTexts.form;
  const me = useMe();
  const provisions = useQuery(provisionListQueryOptions);
  const neighbourhoods = useQuery(neighbourhoodsQueryOptions);
  const submit = useSubmitInitiative();
  const feedback = useFormFeedback(sifTexts.failed);
  const organisations = me?.organisations ?? [];
  const form = useForm<Values, unknown, Output>({
    resolver,
    defaultValues: {
      organisationId: organisations.length === 1 ? organisations[0]!.id : '',
      provisionId: '',
      content: {
        title: '',
        description: '',
        neighbourhoodCodes: [],
        targetGroups: '',
        priorities: [],
        impact: { reach: '', fewer_provisions: '', structural_change: '' },
        requestedCents: '',
        cofinancingCents: '',
        periodStart: '',
        periodEnd: '',
        continuation: '',
        registersParticipants: false,
      },
    },
    shouldFocusError: false,
  });
  const { errors, isSubmitting } = form.formState;
  const organisationId = form.watch('organisationId');
  const onValid = async (output: Output) => {
    feedback.reset();
    try {
      onSubmitted(await submit.mutateAsync(output));
    } catch (error) {
      feedback.failed(error, form.setError, fields);
    }
  };
  const c = errors.content;
  return (
    <FormSection
      id="sif-form"
      title={t.title}
      hint={<p className="utrecht-paragraph">{t.intro}</p>}
      errors={errors}
      fields={fields}
      feedback={feedback}
      onSubmit={(event) => void form.handleSubmit(onValid, feedback.invalid)(event)}
      submitLabel={t.submit}
      busy={isSubmitting}
    >
      <SelectField
        id="sif-organisatie"
        label={t.organisation}
        placeholder={t.choose}
        options={organisations.map((o) => ({ value: o.id, label: o.name }))}
        error={errors.organisationId?.message}
        {...form.register('organisationId')}
      />
      <SelectField
        id="sif-voorziening"
        label={t.provision}
        description={t.provisionHint}
        placeholder={t.choose}
        options={(provisions.data ?? [])
          .filter((p) => !organisationId || p.organisationId === organisationId)
          .map((p) => ({ value: p.id, label: p.name }))}
        error={errors.provisionId?.message}
        {...form.register('provisionId')}
      />
      <TextField
        id="sif-naam"
        label={t.titleField}
        error={c?.title?.message}
        {...form.register('content.title')}
      />
      <TextareaField
        id="sif-beschrijving"
        label={t.description}
        error={c?.description?.message}
        {...form.register('content.description')}
      />
      <SelectField
        id="sif-buurten"
        label={t.neighbourhoods}
        description={t.neighbourhoodsHint}
        multiple
        size={8}
        groups={neighbourhoods.data ? neighbourhoodGroups(neighbourhoods.data) : []}
        error={c?.neighbourhoodCodes?.message}
        {...form.register('content.neighbourhoodCodes')}
      />
      <TextareaField
        id="sif-doelgroepen"
        label={t.targetGroups}
        error={c?.targetGroups?.message}
        {...form.register('content.targetGroups')}
      />
      <Controller
        control={form.control}
        name="content.priorities"
        render={({ field }) => (
          <ChoiceGroup
            type="checkbox"
            id="sif-prioriteiten"
            legend={t.priorities}
            options={SIF_PRIORITIES.map((p) => ({ value: p, label: SIF_PRIORITY_LABELS[p] }))}
            error={c?.priorities?.message}
            {...field}
          />
        )}
      />
      <Fieldset legend={t.impactLegend}>
        <TextareaField
          id="sif-bereik"
          label={t.reach}
          error={c?.impact?.reach?.message}
          {...form.register('content.impact.reach')}
        />
        <TextareaField
          id="sif-minder"
          label={t.fewerProvisions}
          error={c?.impact?.fewer_provisions?.message}
          {...form.register('content.impact.fewer_provisions')}
        />
        <TextareaField
          id="sif-structureel"
          label={t.structuralChange}
          error={c?.impact?.structural_change?.message}
          {...form.register('content.impact.structural_change')}
        />
      </Fieldset>
      <TextField
        id="sif-gevraagd"
        label={t.requested}
        inputMode="decimal"
        error={c?.requestedCents?.message}
        {...form.register('content.requestedCents')}
      />
      <TextField
        id="sif-cofinanciering"
        label={t.cofinancing}
        description={t.cofinancingHint}
        inputMode="decimal"
        error={c?.cofinancingCents?.message}
        {...form.register('content.cofinancingCents')}
      />
      <TextField
        id="sif-begin"
        label={t.periodStart}
        description={t.dateHint}
        error={c?.periodStart?.message}
        {...form.register('content.periodStart')}
      />
      <TextField
        id="sif-einde"
        label={t.periodEnd}
        description={t.dateHint}
        error={c?.periodEnd?.message}
        {...form.register('content.periodEnd')}
      />
      <TextareaField
        id="sif-voortzetting"
        label={t.continuation}
        error={c?.continuation?.message}
        {...form.register('content.continuation')}
      />
      <CheckboxField
        id="sif-registreert"
        label={t.registers}
        {...form.register('content.registersParticipants')}
      />
    </FormSection>
  );
}
