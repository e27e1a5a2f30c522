import { zodResolver } from '@hookform/resolvers/zod';
import { Link, useNavigate, useParams } from '@tanstack/react-router';
import { useForm } from 'react-hook-form';
import { passwordResetBodySchema } from '../../../../server/features/auth/password-reset.schemas.ts';
import { ApiError } from '../../../app/api-client.ts';
import { ErrorMessage } from '../../../components/alert.tsx';
import { Button } from '../../../components/button.tsx';
import { ErrorSummary } from '../../../components/error-summary.tsx';
import { summaryErrors, type FieldSpec } from '../../../components/form-errors.ts';
import { Page } from '../../../components/page.tsx';
import { TextField } from '../../../components/text-field.tsx';
import { useFormFeedback } from '../../../components/use-form-feedback.ts';
import { useResetPassword } from '../api/two-factor-api.ts';
import { securityTexts } from '../security-texts.ts';

const texts = securityTexts.reset;

/** The form has the password; the token comes from the link's address. */
const passwordOnlySchema = passwordResetBodySchema.pick({ password: true });
interface Values {
  password: string;
}
const fields: FieldSpec<Values>[] = [{ name: 'password', id: 'herstellen-wachtwoord' }];

/** The page of the e-mail's link: a new password, then log in again (with the code, if any). */
export function ResetPasswordPage() {
  const { token } = useParams({ from: '/wachtwoord-herstellen/$token' });
  const reset = useResetPassword();
  const navigate = useNavigate();
  const feedback = useFormFeedback(texts.failed);
  const form = useForm<Values>({
    resolver: zodResolver(passwordOnlySchema),
    defaultValues: { password: '' },
    shouldFocusError: false,
  });
  const { errors, isSubmitting } = form.formState;
  const linkFailed =
    reset.error instanceof ApiError && reset.error.code === 'PASSWORD_RESET_LINK_INVALID';

  const onValid = async (values: Values) => {
    feedback.reset();
    try {
      await reset.mutateAsync({ token, password: values.password });
      await navigate({ to: '/inloggen', search: { hersteld: true } });
    } catch (error) {
      feedback.failed(error, form.setError, fields);
    }
  };

  return (
    <Page title={texts.title}>
      <p className="utrecht-paragraph">{texts.intro}</p>
      <ErrorMessage>{feedback.serverMessage}</ErrorMessage>
      {linkFailed ? (
        <p className="utrecht-paragraph">
          <Link to="/wachtwoord-vergeten" className="utrecht-link utrecht-link--html-a">
            {texts.newLink}
          </Link>
        </p>
      ) : null}
      <ErrorSummary
        id="herstellen-fouten"
        errors={summaryErrors(errors, fields, feedback.unmatched)}
        focusSignal={feedback.focusSignal}
      />
      <form
        className="sr-form sr-form--narrow"
        noValidate
        onSubmit={(event) => void form.handleSubmit(onValid, feedback.invalid)(event)}
      >
        <TextField
          id="herstellen-wachtwoord"
          label={texts.password}
          description={texts.passwordHint}
          type="password"
          autoComplete="new-password"
          error={errors.password?.message}
          {...form.register('password')}
        />
        <div className="sr-actions">
          <Button type="submit" busy={isSubmitting}>
            {texts.submit}
          </Button>
        </div>
      </form>
    </Page>
  );
}
