import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from '@tanstack/react-router';
import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { secondFactorBodySchema } from '../../../../server/features/auth/two-factor.schemas.ts';
import { ErrorMessage } from '../../../components/alert.tsx';
import { Button } from '../../../components/button.tsx';
import { ErrorSummary } from '../../../components/error-summary.tsx';
import { summaryErrors, type FieldSpec } from '../../../components/form-errors.ts';
import { TextField } from '../../../components/text-field.tsx';
import { useFormFeedback } from '../../../components/use-form-feedback.ts';
import { useLogout } from '../api/auth-api.ts';
import { useVerifySecondFactor } from '../api/two-factor-api.ts';
import { securityTexts } from '../security-texts.ts';

const texts = securityTexts.secondFactor;

type Values = z.input<typeof secondFactorBodySchema>;
const fields: FieldSpec<Values>[] = [{ name: 'code', id: 'inloggen-code' }];

/**
 * The second step of logging in: the app's code, or a recovery code instead. The password
 * step is done; cancelling logs the half session out, back to the password.
 */
export function SecondFactorStep({ back }: { back?: string | undefined }) {
  const router = useRouter();
  const verify = useVerifySecondFactor();
  const logout = useLogout();
  const feedback = useFormFeedback(texts.failed);
  const form = useForm<Values>({
    resolver: zodResolver(secondFactorBodySchema),
    defaultValues: { method: 'totp', code: '' },
    shouldFocusError: false,
  });
  const { errors, isSubmitting } = form.formState;
  const method = form.watch('method');
  const recovery = method === 'recovery_code';

  // The password form this step replaces had the focus: it moves to the code.
  useEffect(() => form.setFocus('code'), [form]);

  const onValid = async (values: Values) => {
    feedback.reset();
    try {
      await verify.mutateAsync(values);
      if (back) router.history.push(back);
      else await router.navigate({ to: '/' });
    } catch (error) {
      form.resetField('code', { keepError: false });
      feedback.failed(error, form.setError, fields);
    }
  };

  const switchMethod = () => {
    feedback.reset();
    form.clearErrors();
    form.reset({ method: recovery ? 'totp' : 'recovery_code', code: '' });
    form.setFocus('code');
  };

  return (
    <section aria-labelledby="tweede-stap-titel" className="sr-section">
      <h2 id="tweede-stap-titel" className="utrecht-heading-2">
        {texts.title}
      </h2>
      <p className="utrecht-paragraph">{recovery ? texts.recoveryIntro : texts.intro}</p>
      <ErrorMessage>{feedback.serverMessage}</ErrorMessage>
      <ErrorSummary
        id="tweede-stap-fouten"
        errors={summaryErrors(errors, fields, feedback.unmatched)}
        focusSignal={feedback.focusSignal}
      />
      <form
        className="sr-form sr-form--narrow"
        noValidate
        onSubmit={(event) => void form.handleSubmit(onValid, feedback.invalid)(event)}
      >
        <TextField
          key={method}
          id="inloggen-code"
          label={recovery ? texts.recoveryCode : texts.code}
          description={recovery ? texts.recoveryCodeHint : texts.codeHint}
          autoComplete="one-time-code"
          inputMode={recovery ? 'text' : 'numeric'}
          spellCheck={false}
          error={errors.code?.message}
          {...form.register('code')}
        />
        <div className="sr-actions">
          <Button type="submit" busy={isSubmitting}>
            {texts.submit}
          </Button>
          <Button
            appearance="secondary"
            busy={logout.isPending}
            onClick={() => void logout.mutateAsync()}
          >
            {texts.cancel}
          </Button>
        </div>
      </form>
      <p className="utrecht-paragraph">
        <Button appearance="subtle" onClick={switchMethod}>
          {recovery ? texts.useApp : texts.useRecoveryCode}
        </Button>
      </p>
      {recovery ? <p className="utrecht-paragraph">{texts.lostBoth}</p> : null}
    </section>
  );
}
