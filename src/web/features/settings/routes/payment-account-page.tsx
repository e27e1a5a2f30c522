import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import {
  paymentAccountBodySchema,
  type PaymentAccount,
} from '../../../../server/features/settings/payment-account.schemas.ts';
import { ErrorMessage, StatusMessage } from '../../../components/alert.tsx';
import { Button } from '../../../components/button.tsx';
import { ErrorSummary } from '../../../components/error-summary.tsx';
import { summaryErrors, type FieldSpec } from '../../../components/form-errors.ts';
import { useFormFeedback } from '../../../components/use-form-feedback.ts';
import { Page } from '../../../components/page.tsx';
import { LoadError, Loading } from '../../../components/query-state.tsx';
import { TextField } from '../../../components/text-field.tsx';
import { paymentAccountQueryOptions, useUpdatePaymentAccount } from '../api/settings-api.ts';
import { settingsTexts } from '../texts.ts';

const texts = settingsTexts.paymentAccount;

type FormInput = z.input<typeof paymentAccountBodySchema>;
type FormOutput = z.output<typeof paymentAccountBodySchema>;

const ID = 'betaalrekening';
const fields: FieldSpec<FormInput>[] = [
  { name: 'iban', id: `${ID}-iban` },
  { name: 'bic', id: `${ID}-bic` },
];

/** The administrator enters the account payment runs pay from (the SEPA file's debtor). */
export function PaymentAccountPage() {
  const account = useQuery(paymentAccountQueryOptions);
  return (
    <Page title={texts.title}>
      <p className="utrecht-paragraph">{texts.intro}</p>
      {account.isPending ? <Loading /> : null}
      {account.isError ? (
        <LoadError error={account.error} onRetry={() => void account.refetch()} />
      ) : null}
      {account.data ? <PaymentAccountForm account={account.data} /> : null}
    </Page>
  );
}

function PaymentAccountForm({ account }: { account: PaymentAccount }) {
  const update = useUpdatePaymentAccount();
  const feedback = useFormFeedback(texts.saveFailed);
  const form = useForm<FormInput, unknown, FormOutput>({
    resolver: zodResolver(paymentAccountBodySchema),
    defaultValues: { iban: account.iban ?? '', bic: account.bic ?? '' },
    shouldFocusError: false,
  });
  const { errors, isSubmitting } = form.formState;

  const onValid = async (values: FormOutput) => {
    feedback.reset();
    try {
      await update.mutateAsync(values);
      feedback.succeeded(texts.saved);
    } catch (error) {
      feedback.failed(error, form.setError, fields);
    }
  };

  return (
    <>
      {account.iban === null ? <p className="utrecht-paragraph">{texts.missing}</p> : null}
      <StatusMessage>{feedback.status}</StatusMessage>
      <ErrorMessage>{feedback.serverMessage}</ErrorMessage>
      <ErrorSummary
        id={`${ID}-fouten`}
        errors={summaryErrors(errors, fields, feedback.unmatched)}
        focusSignal={feedback.focusSignal}
      />
      <form
        className="sr-form"
        noValidate
        onSubmit={(event) => void form.handleSubmit(onValid, feedback.invalid)(event)}
      >
        <TextField
          id={`${ID}-iban`}
          label={texts.iban}
          description={texts.ibanHint}
          autoComplete="off"
          error={errors.iban?.message}
          {...form.register('iban')}
        />
        <TextField
          id={`${ID}-bic`}
          label={texts.bic}
          description={texts.bicHint}
          autoComplete="off"
          error={errors.bic?.message}
          {...form.register('bic')}
        />
        <div className="sr-actions">
          <Button type="submit" disabled={isSubmitting}>
            {texts.save}
          </Button>
        </div>
      </form>
    </>
  );
}
