import { zodResolver } from '@hookform/resolvers/zod';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { Controller, useForm, type Resolver } from 'react-hook-form';
import { z } from 'zod';
import { amsterdamDay } from '../../../../domain/dates.ts';
import { NOTE_MAX, referralDecisionSchema } from '../../../../domain/participants/referrals.ts';
import type { Referral } from '../../../../server/features/referrals/referrals.schemas.ts';
import { ErrorMessage } from '../../../components/alert.tsx';
import { Button } from '../../../components/button.tsx';
import { ErrorSummary } from '../../../components/error-summary.tsx';
import { summaryErrors, type FieldSpec } from '../../../components/form-errors.ts';
import { into } from '../../../components/form-schemas.ts';
import { ChoiceGroup } from '../../../components/choice-group.tsx';
import { TextField } from '../../../components/text-field.tsx';
import { TextareaField } from '../../../components/textarea-field.tsx';
import { useFormFeedback } from '../../../components/use-form-feedback.ts';
import { useDecideReferral } from '../api/referrals-api.ts';
import { referralsTexts } from '../texts.ts';

const texts = referralsTexts.decision;

interface DecisionValues {
  decision: string;
  startDate: string;
  reason: string;
}

// Only the field of the chosen decision goes to the server.
const decisionFormSchema = z
  .object({ decision: z.string(), startDate: z.string(), reason: z.string() })
  .transform((values) =>
    values.decision === 'accept'
      ? { decision: values.decision, startDate: values.startDate }
      : values.decision === 'decline'
        ? { decision: values.decision, reason: values.reason }
        : { decision: values.decision },
  )
  .pipe(into(referralDecisionSchema));
type DecisionOutput = z.output<typeof decisionFormSchema>;
const resolver = zodResolver(decisionFormSchema) as unknown as Resolver<
  DecisionValues,
  unknown,
  DecisionOutput
>;

export interface DecisionOutcome {
  message: string;
  participantId: string | null;
  residentName: string;
}

/** Accept (with a start date) or decline (with a reason) one pending referral. */
export function DecisionForm({
  referral,
  onDecided,
}: {
  referral: Referral;
  onDecided: (outcome: DecisionOutcome) => void;
}) {
  const id = `besluit-${referral.id}`;
  const resident = referral.residentName ?? referralsTexts.incoming.erased;
  const decide = useDecideReferral(referral.id);
  const feedback = useFormFeedback(texts.failed);
  const [today] = useState(() => amsterdamDay(new Date()));
  const form = useForm<DecisionValues, unknown, DecisionOutput>({
    resolver,
    defaultValues: {
      decision: '',
      startDate: today < referral.consentGivenOn ? referral.consentGivenOn : today,
      reason: '',
    },
    shouldFocusError: false,
  });
  const { errors, isSubmitting } = form.formState;
  const chosen = form.watch('decision');
  const reason = form.watch('reason');
  const fields: FieldSpec<DecisionValues>[] = [
    { name: 'decision', id: `${id}-keuze-0` },
    { name: 'startDate', id: `${id}-start` },
    { name: 'reason', id: `${id}-reden` },
  ];

  const onValid = async (values: DecisionOutput) => {
    feedback.reset();
    try {
      const decided = await decide.mutateAsync(values);
      onDecided({
        message:
          decided.status === 'accepted' ? texts.accepted(resident) : texts.declined(resident),
        participantId: decided.participantId,
        residentName: resident,
      });
    } catch (error) {
      feedback.failed(error, form.setError, fields);
    }
  };

  return (
    <>
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
        <Controller
          control={form.control}
          name="decision"
          render={({ field }) => (
            <ChoiceGroup
              type="radio"
              id={`${id}-keuze`}
              legend={texts.legend(resident)}
              name={`${id}-keuze`}
              options={[
                { value: 'accept', label: texts.accept },
                { value: 'decline', label: texts.decline },
              ]}
              value={field.value || null}
              onChange={field.onChange}
              onBlur={field.onBlur}
              ref={field.ref}
              error={errors.decision?.message}
            />
          )}
        />
        {chosen === 'accept' ? (
          <TextField
            id={`${id}-start`}
            label={texts.startDate}
            description={texts.startDateHint}
            type="date"
            min={referral.consentGivenOn}
            className="sr-textbox--short"
            error={errors.startDate?.message}
            {...form.register('startDate')}
          />
        ) : null}
        {chosen === 'decline' ? (
          <TextareaField
            id={`${id}-reden`}
            label={texts.reason}
            description={texts.reasonHint}
            rows={3}
            limit={NOTE_MAX}
            length={reason.length}
            error={errors.reason?.message}
            {...form.register('reason')}
          />
        ) : null}
        <div className="sr-actions">
          <Button type="submit" busy={isSubmitting}>
            {texts.submit}
          </Button>
        </div>
      </form>
    </>
  );
}

/** What the coordinator sees right after deciding, with the way to the new participant. */
export function DecisionNotice({ outcome }: { outcome: DecisionOutcome }) {
  return (
    <>
      <p className="utrecht-paragraph">{outcome.message}</p>
      {outcome.participantId ? (
        <p className="utrecht-paragraph">
          <Link
            to="/deelnemers/$participantId"
            params={{ participantId: outcome.participantId }}
            className="utrecht-link utrecht-link--html-a"
          >
            {referralsTexts.incoming.openParticipant(outcome.residentName)}
          </Link>
        </p>
      ) : null}
    </>
  );
}
