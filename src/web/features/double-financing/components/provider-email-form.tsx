import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, type Resolver } from 'react-hook-form';
import { z } from 'zod';
import { providerEmailBodySchema } from '../../../../server/features/double-financing/double-financing.schemas.ts';
import { summaryErrors, type FieldSpec } from '../../../components/form-errors.ts';
import { SelectField } from '../../../components/select-field.tsx';
import { TextField } from '../../../components/text-field.tsx';
import { useFormFeedback } from '../../../components/use-form-feedback.ts';
import { useEmailProvider } from '../api/double-financing-api.ts';
import { doubleFinancingTexts } from '../texts.ts';
import { FeedbackForm } from './feedback-form.tsx';

const texts = doubleFinancingTexts.signals;

interface EmailValues {
  providerAgb: string;
  to: string;
}

const emailFormSchema = z.object({
  providerAgb: z.string().min(1, { message: texts.noProvider }),
  to: providerEmailBodySchema.shape.to,
});
type FormOutput = z.output<typeof emailFormSchema>;
const resolver = zodResolver(emailFormSchema) as unknown as Resolver<
  EmailValues,
  unknown,
  FormOutput
>;

const FIELDS: FieldSpec<EmailValues>[] = [
  { name: 'providerAgb', id: 'mail-aanbieder' },
  { name: 'to', id: 'mail-adres' },
];

/** Sends the letter with the open signals of one provider by e-mail (through the outbox). */
export function ProviderEmailForm({ providers }: { providers: string[] }) {
  const email = useEmailProvider();
  const feedback = useFormFeedback(doubleFinancingTexts.failed);
  const form = useForm<EmailValues, unknown, FormOutput>({
    resolver,
    defaultValues: { providerAgb: providers.length === 1 ? (providers[0] ?? '') : '', to: '' },
    shouldFocusError: false,
  });
  const { errors } = form.formState;

  const onValid = async (values: FormOutput) => {
    feedback.reset();
    try {
      const result = await email.mutateAsync(values);
      form.reset({ providerAgb: values.providerAgb, to: '' });
      feedback.succeeded(texts.emailSent(result.to, result.allocations));
    } catch (error) {
      feedback.failed(error, form.setError, FIELDS);
    }
  };

  return (
    <FeedbackForm
      id="mail"
      feedback={feedback}
      errors={summaryErrors(errors, FIELDS, feedback.unmatched)}
      onSubmit={(event) => void form.handleSubmit(onValid, feedback.invalid)(event)}
      submitLabel={texts.emailSubmit}
      busy={email.isPending}
    >
      <SelectField
        id="mail-aanbieder"
        label={texts.emailProvider}
        placeholder={texts.chooseProvider}
        options={providers.map((agb) => ({ value: agb, label: agb }))}
        error={errors.providerAgb?.message}
        {...form.register('providerAgb')}
      />
      <TextField
        id="mail-adres"
        label={texts.emailTo}
        type="email"
        autoComplete="off"
        error={errors.to?.message}
        {...form.register('to')}
      />
    </FeedbackForm>
  );
}
