import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery } from '@tanstack/react-query';
import { Link, useRouter } from '@tanstack/react-router';
import { lazy, Suspense, useState } from 'react';
import { useForm } from 'react-hook-form';
import { loginBodySchema, type LoginBody } from '../../../../server/features/auth/auth.schemas.ts';
import type { OidcLoginError } from '../../../../server/features/auth/oidc.schemas.ts';
import { ApiError } from '../../../app/api-client.ts';
import { ErrorMessage, StatusMessage } from '../../../components/alert.tsx';
import { ErrorSummary } from '../../../components/error-summary.tsx';
import {
  applyServerFieldErrors,
  summaryErrors,
  type FieldSpec,
} from '../../../components/form-errors.ts';
import { Button } from '../../../components/button.tsx';
import { TextField } from '../../../components/text-field.tsx';
import { Page } from '../../../components/page.tsx';
import { Loading } from '../../../components/query-state.tsx';
import { useSettings } from '../../../app/municipality.ts';
import { useMe } from '../../../app/queries.ts';
import { oidcLoginHref, oidcLoginOptionQueryOptions, useLogin } from '../api/auth-api.ts';
import { authTexts } from '../texts.ts';

const texts = authTexts.login;

// Loaded when needed, so the login form's own JavaScript stays small.
const SecondFactorStep = lazy(() =>
  import('../components/second-factor-step.tsx').then((m) => ({ default: m.SecondFactorStep })),
);
const DemoCodes = lazy(() =>
  import('../components/demo-codes.tsx').then((m) => ({ default: m.DemoCodes })),
);

const fields: FieldSpec<LoginBody>[] = [
  { name: 'email', id: 'inloggen-email' },
  { name: 'password', id: 'inloggen-wachtwoord' },
];

interface LoginPageProps {
  loggedOut: boolean;
  /** Just accepted an invitation and made an account. */
  accepted?: boolean;
  /** Where to go after logging in (a path of this site); else the start page. */
  back?: string | undefined;
  /** Just chose a new password through the e-mail link. */
  passwordChanged?: boolean;
  /** Why logging in at the organisation's identity provider did not succeed. */
  oidcError?: OidcLoginError | undefined;
}

export function LoginPage({
  loggedOut,
  accepted,
  back,
  passwordChanged,
  oidcError,
}: LoginPageProps) {
  const me = useMe();
  const settings = useSettings();
  if (me?.pendingStep === 'two_factor') {
    return (
      <Page title={texts.title}>
        <Suspense fallback={<Loading />}>
          <SecondFactorStep back={back} />
        </Suspense>
      </Page>
    );
  }
  return (
    <PasswordStep
      loggedOut={loggedOut}
      accepted={accepted}
      back={back}
      passwordChanged={passwordChanged}
      oidcError={oidcError}
      demo={settings.demo}
    />
  );
}

function PasswordStep({
  loggedOut,
  accepted,
  back,
  passwordChanged,
  oidcError,
  demo,
}: LoginPageProps & { demo: boolean }) {
  const router = useRouter();
  const login = useLogin();
  const oidc = useQuery(oidcLoginOptionQueryOptions).data;
  const [focusSignal, setFocusSignal] = useState(0);
  const [serverMessage, setServerMessage] = useState<string | null>(null);
  const form = useForm<LoginBody>({
    resolver: zodResolver(loginBodySchema),
    defaultValues: { email: '', password: '' },
    shouldFocusError: false,
  });
  const { errors, isSubmitting } = form.formState;

  const onValid = async (values: LoginBody) => {
    setServerMessage(null);
    try {
      const me = await login.mutateAsync(values);
      // The code step replaces this form on the same page; enrolment has a page of its own.
      if (me.pendingStep === 'two_factor') return;
      if (me.pendingStep === 'two_factor_enrolment')
        await router.navigate({ to: '/tweestapsverificatie' });
      else if (back) router.history.push(back);
      else await router.navigate({ to: '/' });
    } catch (error) {
      const { applied, unmatched } = applyServerFieldErrors(error, form.setError, fields);
      if (applied && unmatched.length === 0) {
        setFocusSignal((n) => n + 1);
        return;
      }
      form.resetField('password', { keepError: false });
      setServerMessage(error instanceof ApiError ? error.message : texts.failed);
    }
  };

  return (
    <Page title={texts.title}>
      <p className="utrecht-paragraph">{oidc?.enabled ? authTexts.oidc.intro : texts.intro}</p>
      <StatusMessage>
        {serverMessage
          ? null
          : loggedOut
            ? texts.loggedOut
            : accepted
              ? texts.accepted
              : passwordChanged
                ? texts.passwordChanged
                : null}
      </StatusMessage>
      <ErrorMessage>
        {serverMessage ?? (oidcError ? authTexts.oidc.errors[oidcError] : null)}
      </ErrorMessage>
      {oidc?.enabled ? (
        <>
          <p className="utrecht-paragraph">
            <a
              className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action"
              href={oidcLoginHref(back)}
            >
              {oidc.label}
            </a>
          </p>
          <p className="utrecht-paragraph">{authTexts.oidc.orPassword}</p>
        </>
      ) : null}
      <ErrorSummary
        id="inloggen-fouten"
        errors={summaryErrors(errors, fields)}
        focusSignal={focusSignal}
      />
      <form
        className="sr-form sr-form--narrow"
        noValidate
        onSubmit={(event) =>
          void form.handleSubmit(onValid, () => setFocusSignal((n) => n + 1))(event)
        }
      >
        <TextField
          id="inloggen-email"
          label={texts.email}
          type="email"
          autoComplete="username"
          inputMode="email"
          spellCheck={false}
          error={errors.email?.message}
          {...form.register('email')}
        />
        <TextField
          id="inloggen-wachtwoord"
          label={texts.password}
          type="password"
          autoComplete="current-password"
          error={errors.password?.message}
          {...form.register('password')}
        />
        <div className="sr-actions">
          <Button type="submit" busy={isSubmitting}>
            {texts.submit}
          </Button>
        </div>
      </form>
      <p className="utrecht-paragraph">
        <Link to="/wachtwoord-vergeten" className="utrecht-link utrecht-link--html-a">
          {texts.forgotPassword}
        </Link>
      </p>
      <p className="utrecht-paragraph">{texts.noAccount}</p>
      {demo ? (
        <Suspense fallback={null}>
          <DemoCodes />
        </Suspense>
      ) : null}
    </Page>
  );
}
