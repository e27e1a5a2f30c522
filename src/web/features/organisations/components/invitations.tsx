import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { formatAmsterdamMoment } from '../../../../domain/dates.ts';
import {
  invitationBodySchema,
  type Invitation,
} from '../../../../server/features/organisations/invitations.schemas.ts';
import { ErrorMessage, StatusMessage } from '../../../components/alert.tsx';
import { Button } from '../../../components/button.tsx';
import { ErrorSummary } from '../../../components/error-summary.tsx';
import { summaryErrors, type FieldSpec } from '../../../components/form-errors.ts';
import { formatMoment, isoMoment } from '../../../components/format.ts';
import { LoadError, Loading } from '../../../components/query-state.tsx';
import { TextField } from '../../../components/text-field.tsx';
import { useFormFeedback } from '../../../components/use-form-feedback.ts';
import { invitationsQueryOptions, useInviteColleague } from '../api/organisations-api.ts';
import { organisationsTexts } from '../texts.ts';
import { Table } from '../../../components/table.tsx';

const texts = organisationsTexts.invitations;
type InvitationInput = z.input<typeof invitationBodySchema>;
type InvitationOutput = z.output<typeof invitationBodySchema>;
const fields: FieldSpec<InvitationInput>[] = [{ name: 'email', id: 'uitnodigen-email' }];

export function Invitations({ organisationId }: { organisationId: string }) {
  const invitations = useQuery(invitationsQueryOptions(organisationId));
  const invite = useInviteColleague(organisationId);
  const feedback = useFormFeedback(organisationsTexts.saveFailed);
  const form = useForm<InvitationInput, unknown, InvitationOutput>({
    resolver: zodResolver(invitationBodySchema),
    defaultValues: { email: '' },
    shouldFocusError: false,
  });
  const { errors, isSubmitting } = form.formState;

  const onValid = async (values: InvitationOutput) => {
    feedback.reset();
    try {
      const invitation = await invite.mutateAsync(values);
      form.reset({ email: '' });
      feedback.succeeded(texts.sent(invitation.email));
    } catch (error) {
      feedback.failed(error, form.setError, fields);
    }
  };

  return (
    <>
      <section aria-labelledby="uitnodigen-titel" className="sr-section sr-form-section">
        <h2 id="uitnodigen-titel" className="utrecht-heading-2">
          {texts.title}
        </h2>
        <p className="utrecht-paragraph">{texts.intro}</p>
        <StatusMessage>{feedback.status}</StatusMessage>
        <ErrorMessage>{feedback.serverMessage}</ErrorMessage>
        <ErrorSummary
          id="uitnodigen-fouten"
          errors={summaryErrors(errors, fields, feedback.unmatched)}
          focusSignal={feedback.focusSignal}
        />
        <form
          className="sr-form sr-form--narrow"
          noValidate
          onSubmit={(event) => void form.handleSubmit(onValid, feedback.invalid)(event)}
        >
          <TextField
            id="uitnodigen-email"
            label={texts.email}
            type="email"
            inputMode="email"
            autoComplete="off"
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
      </section>
      <section aria-labelledby="uitnodigingen-titel" className="sr-section">
        <h2 id="uitnodigingen-titel" className="utrecht-heading-2">
          {texts.listTitle}
        </h2>
        {invitations.isPending ? <Loading /> : null}
        {invitations.isError ? (
          <LoadError error={invitations.error} onRetry={() => void invitations.refetch()} />
        ) : null}
        {invitations.data ? <InvitationTable invitations={invitations.data} /> : null}
      </section>
    </>
  );
}

function invitationStatus(invitation: Invitation): { text: string; kind: string } {
  if (invitation.acceptedAt)
    return { text: texts.accepted(formatMoment(invitation.acceptedAt)), kind: 'active' };
  if (new Date(invitation.expiresAt).getTime() <= Date.now())
    return { text: texts.expired, kind: 'inactive' };
  return {
    text: texts.open(formatAmsterdamMoment(new Date(invitation.expiresAt))),
    kind: 'open',
  };
}

function InvitationTable({ invitations }: { invitations: Invitation[] }) {
  if (invitations.length === 0) return <p className="utrecht-paragraph">{texts.empty}</p>;
  return (
    <Table
      caption={texts.caption}
      columns={[texts.columns.email, texts.columns.sent, texts.columns.status]}
    >
      {[...invitations].reverse().map((invitation) => {
        const status = invitationStatus(invitation);
        return (
          <tr className="utrecht-table__row" key={invitation.id}>
            <th scope="row" className="utrecht-table__cell">
              {invitation.email}
            </th>
            <td className="utrecht-table__cell sr-nowrap">
              <time dateTime={isoMoment(invitation.createdAt)}>
                {formatMoment(invitation.createdAt)}
              </time>
            </td>
            <td className="utrecht-table__cell">
              <span className={`sr-badge sr-badge--${status.kind}`}>{status.text}</span>
            </td>
          </tr>
        );
      })}
    </Table>
  );
}
