import { zodResolver } from '@hookform/resolvers/zod';
import { Link, useNavigate } from '@tanstack/react-router';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { CATEGORY_LABELS } from '../../../../domain/tender/categories.ts';
import { createApplicationBodySchema } from '../../../../server/features/applications/applications.schemas.ts';
import type { Provision } from '../../../../server/features/provisions/provisions.schemas.ts';
import type { Round } from '../../../../server/features/rounds/rounds.schemas.ts';
import { ErrorMessage } from '../../../components/alert.tsx';
import { Button } from '../../../components/button.tsx';
import { ErrorSummary } from '../../../components/error-summary.tsx';
import { summaryErrors, type FieldSpec } from '../../../components/form-errors.ts';
import { SelectField } from '../../../components/select-field.tsx';
import { useFormFeedback } from '../../../components/use-form-feedback.ts';
import { useCreateApplication } from '../api/applications-api.ts';
import { applicationsTexts } from '../texts.ts';

const texts = applicationsTexts.create;
const shape = createApplicationBodySchema.shape;

// An empty choice gets the API's own message ("Kies een subsidieronde.").
const newApplicationSchema = z.object({
  roundId: z.string().pipe(shape.roundId),
  provisionId: z.string().pipe(shape.provisionId),
});
type Values = z.infer<typeof newApplicationSchema>;
const fields: FieldSpec<Values>[] = [
  { name: 'roundId', id: 'nieuwe-aanvraag-ronde' },
  { name: 'provisionId', id: 'nieuwe-aanvraag-voorziening' },
];

export function NewApplicationForm({
  rounds,
  provisions,
}: {
  rounds: Round[];
  provisions: Provision[];
}) {
  const create = useCreateApplication();
  const navigate = useNavigate();
  const feedback = useFormFeedback(applicationsTexts.check.failed);
  const form = useForm<Values>({
    resolver: zodResolver(newApplicationSchema),
    defaultValues: {
      roundId: rounds.length === 1 ? (rounds[0]?.id ?? '') : '',
      provisionId: provisions.length === 1 ? (provisions[0]?.id ?? '') : '',
    },
    shouldFocusError: false,
  });
  const { errors, isSubmitting } = form.formState;

  if (rounds.length === 0) return <p className="utrecht-paragraph">{texts.noRounds}</p>;
  if (provisions.length === 0)
    return (
      <>
        <p className="utrecht-paragraph">{texts.noProvisions}</p>
        <p className="utrecht-paragraph">
          <Link to="/beheer/voorzieningen" className="utrecht-link utrecht-link--html-a">
            {texts.provisionsLink}
          </Link>
        </p>
      </>
    );

  const onValid = async (values: Values) => {
    feedback.reset();
    try {
      const application = await create.mutateAsync(values);
      await navigate({
        to: '/aanvragen/$applicationId',
        params: { applicationId: application.id },
      });
    } catch (error) {
      feedback.failed(error, form.setError, fields);
    }
  };

  return (
    <>
      <ErrorMessage>{feedback.serverMessage}</ErrorMessage>
      <ErrorSummary
        id="nieuwe-aanvraag-fouten"
        errors={summaryErrors(errors, fields, feedback.unmatched)}
        focusSignal={feedback.focusSignal}
      />
      <form
        className="sr-form"
        noValidate
        onSubmit={(event) => void form.handleSubmit(onValid, feedback.invalid)(event)}
      >
        <SelectField
          id="nieuwe-aanvraag-ronde"
          label={texts.round}
          description={texts.roundHint}
          placeholder={texts.chooseRound}
          options={rounds.map((round) => ({
            value: round.id,
            label: texts.roundOption(round.name, round.deadlineDisplay),
          }))}
          error={errors.roundId?.message}
          {...form.register('roundId')}
        />
        <SelectField
          id="nieuwe-aanvraag-voorziening"
          label={texts.provision}
          description={texts.provisionHint}
          placeholder={texts.chooseProvision}
          options={provisions.map((provision) => ({
            value: provision.id,
            label: `${provision.name} (${CATEGORY_LABELS[provision.category]})`,
          }))}
          error={errors.provisionId?.message}
          {...form.register('provisionId')}
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
