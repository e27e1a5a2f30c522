/**
 * The login page. The password form works without react-hook-form: two fields do not need
 * it, and the library would be about 15 kB gzip of the JavaScript that every visitor loads
 * first (held under 150 kB by scripts/check-bundle-size.ts). It checks with the API's own
 * schema and behaves as the other forms do: after a first attempt, a field's message follows
 * what is typed.
 */
import { useQuery } from '@tanstack/react-query';
import { Link, useRouter } from '@tanstack/react-router';
import { lazy, Suspense, useState, type FormEvent } from 'react';
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

type FieldName = keyof LoginBody;
type FieldErrors = Partial<Record<FieldName, { type: string; message: string }>>;

const fieldIds: Record<FieldName, string> = {
  email: 'inloggen-email',
  password: 'inloggen-wachtwoord',
};
const fields: FieldSpec<LoginBody>[] = (['email', 'password'] as const).map((name) => ({
  name,
  id: fieldIds[name],
}));

/** What the form holds now (the browser may have filled it in). */
function formValues(form: HTMLFormElement): LoginBody {
  const data = new FormData(form);
  const text = (name: FieldName) => {
    const value = data.get(name);
    return typeof value === 'string' ? value : '';
  };
  return { email: text('email'), password: text('password') };
}

/** The values as the API takes them, or the first message per field. */
function check(values: LoginBody): { body: LoginBody | null; errors: FieldErrors } {
  const result = loginBodySchema.safeParse(values);
  if (result.success) return { body: result.data, errors: {} };
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const name = issue.path[0] as FieldName;
    errors[name] ??= { type: 'schema', message: issue.message };
  }
  return { body: null, errors };
}

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
  const [errors, setErrors] = useState<FieldErrors>({});
  const [attempted, setAttempted] = useState(false);
  const [busy, setBusy] = useState(false);

  const setError = (name: string, error: { message?: string }) =>
    setErrors((current) => ({
      ...current,
      [name]: { type: 'server', message: error.message ?? '' },
    }));

  const submit = async (form: HTMLFormElement) => {
    setAttempted(true);
    const { body, errors: found } = check(formValues(form));
    setErrors(found);
    if (!body) {
      setFocusSignal((n) => n + 1);
      return;
    }
    setServerMessage(null);
    setBusy(true);
    try {
      const me = await login.mutateAsync(body);
      // The code step replaces this form on the same page; enrolment has a page of its own.
      if (me.pendingStep === 'two_factor') return;
      if (me.pendingStep === 'two_factor_enrolment')
        await router.navigate({ to: '/tweestapsverificatie' });
      else if (back) router.history.push(back);
      else await router.navigate({ to: '/' });
    } catch (error) {
      const { applied, unmatched } = applyServerFieldErrors(error, setError, fields);
      if (applied && unmatched.length === 0) {
        setFocusSignal((n) => n + 1);
        return;
      }
      const password = form.elements.namedItem('password');
      if (password instanceof HTMLInputElement) password.value = '';
      setErrors((current) => ({ ...current, password: undefined }));
      setServerMessage(error instanceof ApiError ? error.message : texts.failed);
    } finally {
      setBusy(false);
    }
  };

  /** After a first attempt, the message of the field being typed in follows the typing. */
  const recheck = (event: FormEvent<HTMLFormElement>) => {
    const name = (event.target as HTMLInputElement).name;
    if (!attempted || !(name in fieldIds)) return;
    const message = check(formValues(event.currentTarget)).errors[name as FieldName];
    setErrors((current) => ({ ...current, [name]: message }));
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
        onChange={recheck}
        onSubmit={(event) => {
          event.preventDefault();
          if (!busy) void submit(event.currentTarget);
        }}
      >
        <TextField
          id="inloggen-email"
          name="email"
          label={texts.email}
          type="email"
          autoComplete="username"
          inputMode="email"
          spellCheck={false}
          error={errors.email?.message}
        />
        <TextField
          id="inloggen-wachtwoord"
          name="password"
          label={texts.password}
          type="password"
          autoComplete="current-password"
          error={errors.password?.message}
        />
        <div className="sr-actions">
          <Button type="submit" busy={busy}>
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
