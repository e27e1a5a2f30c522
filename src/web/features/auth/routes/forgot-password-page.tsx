import { zodResolver } from '@hookform/resolvers/zod';
import { Link } from '@tanstack/react-router';
import { useForm } from 'react-hook-form';
import {
  passwordResetRequestBodySchema,
  type PasswordResetRequestBody,
} from '../../../../server/features/auth/password-reset.schemas.ts';
import { ErrorMessage, StatusMessage } from '../../../components/alert.tsx';
import { Button } from '../../../components/button.tsx';
import { ErrorSummary } from '../../../components/error-summary.tsx';
import { summaryErrors, type FieldSpec } from '../../../components/form-errors.ts';
import { Page } from '../../../components/page.tsx';
import { TextField } from '../../../components/text-field.tsx';
import { useFormFeedback } from '../../../components/use-form-feedback.ts';
import { useRequestPasswordReset } from '../api/two-factor-api.ts';
import { securityTexts } from '../security-texts.ts';

const texts = securityTexts.forgot;
const fields: FieldSpec<PasswordResetRequestBody>[] = [{ name: 'email', id: 'vergeten-email' }];

/** "Wachtwoord vergeten?": the same answer whether the address has an account or not. */
export function ForgotPasswordPage() {
  const requestLink = useRequestPasswordReset();
  const feedback = useFormFeedback(texts.failed);
  const form = useForm<PasswordResetRequestBody>({
    resolver: zodResolver(passwordResetRequestBodySchema),
    defaultValues: { email: '' },
    shouldFocusError: false,
  });
  const { errors, isSubmitting } = form.formState;

  const onValid = async (values: PasswordResetRequestBody) => {
    feedback.reset();
    try {
      await requestLink.mutateAsync(values);
      feedback.succeeded(texts.sent(values.email));
    } catch (error) {
      feedback.failed(error, form.setError, fields);
    }
  };

  return (
    <Page title={texts.title}>
      <p className="utrecht-paragraph">{texts.intro}</p>
      <StatusMessage>{feedback.status}</StatusMessage>
      <ErrorMessage>{feedback.serverMessage}</ErrorMessage>
      <ErrorSummary
        id="vergeten-fouten"
        errors={summaryErrors(errors, fields, feedback.unmatched)}
        focusSignal={feedback.focusSignal}
      />
      <form
        className="sr-form sr-form--narrow"
        noValidate
        onSubmit={(event) => void form.handleSubmit(onValid, feedback.invalid)(event)}
      >
        <TextField
          id="vergeten-email"
          label={texts.email}
          type="email"
          autoComplete="username"
          inputMode="email"
          spellCheck={false}
          error={errors.email?.message}
          {...form.register('email')}
        />
        <div className="sr-actions">
          <Button type="submit" busy={isSubmitting}>
            {texts.submit}
          </Button>
        </div>
      </form>
      <p className="utrecht-paragraph">
        <Link to="/inloggen" className="utrecht-link utrecht-link--html-a">
          {texts.back}
        </Link>
      </p>
    </Page>
  );
}
