import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useRef } from 'react';
import { Controller, useForm, type Resolver } from 'react-hook-form';
import type { z } from 'zod';
import { amsterdamDay } from '../../../../domain/dates.ts';
import { CONSENT_METHODS } from '../../../../domain/participants/registration.ts';
import {
  NOTE_MAX,
  REFERRAL_CONSENT_METHOD_LABELS,
  REFERRAL_ROUTE_LABELS,
  REFERRAL_ROUTES,
  referralFormSchema,
} from '../../../../domain/participants/referrals.ts';
import type { NeighbourhoodList } from '../../../../server/features/settings/settings.schemas.ts';
import { ErrorMessage } from '../../../components/alert.tsx';
import { Button } from '../../../components/button.tsx';
import { CheckboxField } from '../../../components/checkbox-field.tsx';
import { ChoiceGroup } from '../../../components/choice-group.tsx';
import { ErrorSummary } from '../../../components/error-summary.tsx';
import { summaryErrors, type FieldSpec } from '../../../components/form-errors.ts';
import { SelectField } from '../../../components/select-field.tsx';
import { TextField } from '../../../components/text-field.tsx';
import { TextareaField } from '../../../components/textarea-field.tsx';
import { useFormFeedback } from '../../../components/use-form-feedback.ts';
import { useCreateReferral } from '../api/referrals-api.ts';
import { referralsTexts } from '../texts.ts';
import { neighbourhoodGroups } from '../../../components/neighbourhood-groups.ts';
import { Fieldset } from '../../../components/fieldset.tsx';

const texts = referralsTexts.form;

interface ReferralFormValues {
  provisionId: string;
  route: string;
  residentName: string;
  residentContact: string;
  birthYear: string;
  neighbourhoodCode: string;
  note: string;
  consentGivenOn: string;
  consentMethod: string;
  consentConfirmed: boolean;
}

type FormSchema = ReturnType<typeof referralFormSchema>;
type FormOutput = z.output<FormSchema>;

interface ReferralFormProps {
  provision: { id: string; name: string };
  neighbourhoods: NeighbourhoodList;
  /** The buurt the finder searched in: most likely the resident's. */
  neighbourhoodCode: string | undefined;
  onSent: () => void;
  onCancel: () => void;
}

/**
 * Referring one resident to one provision: who, how to reach them, why it fits (without
 * medical details), and the resident's consent, confirmed explicitly. Never a BSN.
 */
export function ReferralForm({
  provision,
  neighbourhoods,
  neighbourhoodCode,
  onSent,
  onCancel,
}: ReferralFormProps) {
  const id = `verwijzing-${provision.id}`;
  const today = amsterdamDay(new Date());
  const create = useCreateReferral();
  const feedback = useFormFeedback(texts.failed);
  const form = useForm<ReferralFormValues, unknown, FormOutput>({
    resolver: zodResolver(referralFormSchema(today)) as unknown as Resolver<
      ReferralFormValues,
      unknown,
      FormOutput
    >,
    defaultValues: {
      provisionId: provision.id,
      route: '',
      residentName: '',
      residentContact: '',
      birthYear: '',
      neighbourhoodCode: neighbourhoodCode ?? '',
      note: '',
      consentGivenOn: today,
      consentMethod: '',
      consentConfirmed: false,
    },
    shouldFocusError: false,
  });
  const { errors, isSubmitting } = form.formState;
  const fieldId = (name: string) => `${id}-${name}`;
  const fields: FieldSpec<ReferralFormValues>[] = (
    [
      'route',
      'residentName',
      'residentContact',
      'birthYear',
      'neighbourhoodCode',
      'note',
      'consentGivenOn',
      'consentMethod',
      'consentConfirmed',
    ] as const
  ).map((name) => ({
    name,
    id: name === 'route' || name === 'consentMethod' ? `${fieldId(name)}-0` : fieldId(name),
  }));
  const note = form.watch('note');
  const headingRef = useRef<HTMLHeadingElement>(null);

  // The form opens below the button: take the keyboard and screen reader there.
  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  const onValid = async (values: FormOutput) => {
    feedback.reset();
    try {
      await create.mutateAsync({ ...values, provisionId: provision.id });
      onSent();
    } catch (error) {
      feedback.failed(error, form.setError, fields);
    }
  };

  return (
    <section aria-labelledby={`${id}-titel`} className="sr-referral-form">
      <h4 id={`${id}-titel`} ref={headingRef} tabIndex={-1} className="utrecht-heading-4">
        {texts.title(provision.name)}
      </h4>
      <p className="utrecht-paragraph">{texts.intro}</p>
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
          name="route"
          render={({ field }) => (
            <ChoiceGroup
              type="radio"
              id={fieldId('route')}
              legend={texts.route}
              name={`${id}-route`}
              options={REFERRAL_ROUTES.map((r) => ({ value: r, label: REFERRAL_ROUTE_LABELS[r] }))}
              value={field.value || null}
              onChange={field.onChange}
              onBlur={field.onBlur}
              ref={field.ref}
              error={errors.route?.message}
            />
          )}
        />
        <TextField
          id={fieldId('residentName')}
          label={texts.residentName}
          description={texts.residentNameHint}
          autoComplete="off"
          error={errors.residentName?.message}
          {...form.register('residentName')}
        />
        <TextField
          id={fieldId('residentContact')}
          label={texts.residentContact}
          description={texts.residentContactHint}
          autoComplete="off"
          error={errors.residentContact?.message}
          {...form.register('residentContact')}
        />
        <TextField
          id={fieldId('birthYear')}
          label={texts.birthYear}
          inputMode="numeric"
          autoComplete="off"
          className="sr-textbox--short"
          error={errors.birthYear?.message}
          {...form.register('birthYear')}
        />
        <SelectField
          id={fieldId('neighbourhoodCode')}
          label={texts.neighbourhood}
          placeholder={texts.noNeighbourhood}
          groups={neighbourhoodGroups(neighbourhoods)}
          error={errors.neighbourhoodCode?.message}
          {...form.register('neighbourhoodCode')}
        />
        <TextareaField
          id={fieldId('note')}
          label={texts.note}
          description={texts.noteHint}
          rows={4}
          limit={NOTE_MAX}
          length={note.length}
          error={errors.note?.message}
          {...form.register('note')}
        />
        <Fieldset legend={texts.consentTitle}>
          <p className="utrecht-paragraph">{texts.noBsn}</p>
          <div className="sr-form">
            <TextField
              id={fieldId('consentGivenOn')}
              label={texts.consentGivenOn}
              description={texts.consentGivenOnHint}
              type="date"
              max={today}
              className="sr-textbox--short"
              error={errors.consentGivenOn?.message}
              {...form.register('consentGivenOn')}
            />
            <Controller
              control={form.control}
              name="consentMethod"
              render={({ field }) => (
                <ChoiceGroup
                  type="radio"
                  id={fieldId('consentMethod')}
                  legend={texts.consentMethod}
                  name={`${id}-consentMethod`}
                  options={CONSENT_METHODS.map((m) => ({
                    value: m,
                    label: REFERRAL_CONSENT_METHOD_LABELS[m],
                  }))}
                  value={field.value || null}
                  onChange={field.onChange}
                  onBlur={field.onBlur}
                  ref={field.ref}
                  error={errors.consentMethod?.message}
                />
              )}
            />
            <CheckboxField
              id={fieldId('consentConfirmed')}
              label={texts.consentConfirmed(provision.name)}
              error={errors.consentConfirmed?.message}
              {...form.register('consentConfirmed')}
            />
          </div>
        </Fieldset>
        <div className="sr-actions">
          <Button type="submit" busy={isSubmitting}>
            {texts.submit}
          </Button>
          <Button appearance="secondary" onClick={onCancel}>
            {texts.cancel}
          </Button>
        </div>
      </form>
    </section>
  );
}
