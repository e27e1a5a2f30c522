import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { formatAmsterdamMoment } from '../../../../domain/dates.ts';
import { acceptInvitationBodySchema } from '../../../../server/features/organisations/invitations.schemas.ts';
import { ApiError } from '../../../app/api-client.ts';
import { useMe } from '../../../app/queries.ts';
import { ErrorMessage, StatusMessage } from '../../../components/alert.tsx';
import { Button } from '../../../components/button.tsx';
import { ErrorSummary } from '../../../components/error-summary.tsx';
import { summaryErrors, type FieldSpec } from '../../../components/form-errors.ts';
import { Page } from '../../../components/page.tsx';
import { LoadError, Loading } from '../../../components/query-state.tsx';
import { TextField } from '../../../components/text-field.tsx';
import { useFormFeedback } from '../../../components/use-form-feedback.ts';
import { invitationLookupQueryOptions, useAcceptInvitation } from '../api/organisations-api.ts';
import { organisationsTexts } from '../texts.ts';

const texts = organisationsTexts.invitation;

/** Someone without an account chooses a name and a password. */
const newAccountSchema = acceptInvitationBodySchema.required();
type NewAccount = z.infer<typeof newAccountSchema>;
const fields: FieldSpec<NewAccount>[] = [
  { name: 'name', id: 'uitnodiging-naam' },
  { name: 'password', id: 'uitnodiging-wachtwoord' },
];

export function InvitationPage() {
  const { token } = useParams({ from: '/uitnodiging/$token' });
  const invitation = useQuery(invitationLookupQueryOptions(token));
  const me = useMe();
  const data = invitation.data;

  return (
    <Page title={data ? texts.titleFor(data.organisationName) : texts.title}>
      {invitation.isPending ? <Loading /> : null}
      {invitation.isError ? (
        invitation.error instanceof ApiError && invitation.error.status === 404 ? (
          <p className="utrecht-paragraph">{invitation.error.message}</p>
        ) : (
          <LoadError error={invitation.error} onRetry={() => void invitation.refetch()} />
        )
      ) : null}
      {data ? (
        <>
          <p className="utrecht-paragraph utrecht-paragraph--lead">
            {texts.intro(data.organisationName)}
          </p>
          <p className="utrecht-paragraph">
            {texts.validity(data.email, formatAmsterdamMoment(new Date(data.expiresAt)))}
          </p>
          {!data.accountExists ? (
            <NewAccountForm
              token={token}
              loggedIn={me !== null}
              organisation={data.organisationName}
            />
          ) : me?.email === data.email ? (
            <AcceptAsMe token={token} organisation={data.organisationName} />
          ) : me ? (
            <p className="utrecht-paragraph">{texts.otherUser(me.email, data.email)}</p>
          ) : (
            <>
              <p className="utrecht-paragraph">{texts.loginFirst(data.email)}</p>
              <p className="utrecht-paragraph">
                <Link
                  to="/inloggen"
                  search={{ terug: `/uitnodiging/${token}` }}
                  className="utrecht-link utrecht-link--html-a"
                >
                  {texts.loginLink(data.email)}
                </Link>
              </p>
            </>
          )}
        </>
      ) : null}
    </Page>
  );
}

function NewAccountForm({
  token,
  loggedIn,
  organisation,
}: {
  token: string;
  loggedIn: boolean;
  organisation: string;
}) {
  const accept = useAcceptInvitation(token);
  const navigate = useNavigate();
  const feedback = useFormFeedback(texts.failed);
  const form = useForm<NewAccount>({
    resolver: zodResolver(newAccountSchema),
    defaultValues: { name: '', password: '' },
    shouldFocusError: false,
  });
  const { errors, isSubmitting } = form.formState;

  const onValid = async (values: NewAccount) => {
    feedback.reset();
    try {
      await accept.mutateAsync(values);
      if (loggedIn) feedback.succeeded(texts.acceptedLoggedIn(organisation));
      else await navigate({ to: '/inloggen', search: { aangenomen: true } });
    } catch (error) {
      feedback.failed(error, form.setError, fields);
    }
  };

  return (
    <section aria-labelledby="account-titel" className="sr-section sr-form-section">
      <h2 id="account-titel" className="utrecht-heading-2">
        {texts.newAccount}
      </h2>
      <StatusMessage>{feedback.status}</StatusMessage>
      <ErrorMessage>{feedback.serverMessage}</ErrorMessage>
      <ErrorSummary
        id="uitnodiging-fouten"
        errors={summaryErrors(errors, fields, feedback.unmatched)}
        focusSignal={feedback.focusSignal}
      />
      <form
        className="sr-form sr-form--narrow"
        noValidate
        onSubmit={(event) => void form.handleSubmit(onValid, feedback.invalid)(event)}
      >
        <TextField
          id="uitnodiging-naam"
          label={texts.name}
          autoComplete="name"
          error={errors.name?.message}
          {...form.register('name')}
        />
        <TextField
          id="uitnodiging-wachtwoord"
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
    </section>
  );
}

function AcceptAsMe({ token, organisation }: { token: string; organisation: string }) {
  const accept = useAcceptInvitation(token);
  const [done, setDone] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const onAccept = async () => {
    setFailure(null);
    try {
      await accept.mutateAsync({});
      setDone(true);
    } catch (error) {
      setFailure(error instanceof ApiError ? error.message : texts.failed);
    }
  };

  return (
    <>
      <StatusMessage>{done ? texts.acceptedLoggedIn(organisation) : null}</StatusMessage>
      <ErrorMessage>{failure}</ErrorMessage>
      {done ? (
        <p className="utrecht-paragraph">
          <Link to="/organisatie" className="utrecht-link utrecht-link--html-a">
            {texts.toOrganisation}
          </Link>
        </p>
      ) : (
        <div className="sr-actions">
          <Button busy={accept.isPending} onClick={() => void onAccept()}>
            {texts.accept}
          </Button>
        </div>
      )}
    </>
  );
}
