/**
 * Colleagues join an organisation through an e-mail link. The link carries a random token
 * of which only the hash is stored; it works once and for 14 days.
 */
import { hashToken, newToken } from '../../platform/tokens.ts';
import { formatAmsterdamMoment } from '../../../domain/dates.ts';
import { changeWithAudit } from '../../platform/audit.ts';
import type { Database } from '../../platform/db/database.ts';
import { AppError } from '../../platform/errors.ts';
import { type MailSettings, queueMail } from '../../platform/mail.ts';
import { hashPassword } from '../../platform/passwords.ts';
import * as repo from './invitations.repository.ts';
import type {
  AcceptInvitationBody,
  AcceptedInvitation,
  Invitation,
  InvitationLookup,
} from './invitations.schemas.ts';
import * as orgRepo from './organisations.repository.ts';
import type { UseCaseContext, PublicUseCaseContext } from '../../platform/use-case.ts';

const VALID_DAYS = 14;

export async function inviteColleague(
  { db, actor, scope, now }: UseCaseContext,
  {
    organisationId,
    email,
    publicUrl,
    mail,
  }: { organisationId: string; email: string; publicUrl: string; mail: MailSettings },
): Promise<Invitation> {
  const token = newToken();
  const expiresAt = new Date(now.getTime() + VALID_DAYS * 86_400_000);
  const row = await changeWithAudit(db, actor, async (tx, audit) => {
    const organisation = await orgRepo.findOrganisation(tx, scope, organisationId);
    if (!organisation) throw new AppError('NOT_FOUND');
    const created = await repo.insertInvitation(tx, {
      organisationId,
      email,
      tokenHash: hashToken(token),
      invitedBy: actor.userId,
      expiresAt,
    });
    await queueMail(tx, mail, {
      to: email,
      subject: `Uitnodiging: werk mee voor ${organisation.name} in Samenredzaam`,
      text: [
        'Goedendag,',
        '',
        `${actor.email} nodigt u uit om in Samenredzaam mee te werken voor ${organisation.name}: subsidie aanvragen, verantwoorden en deelnemers registreren.`,
        '',
        `Open deze link om de uitnodiging aan te nemen: ${publicUrl}/uitnodiging/${token}`,
        '',
        `De link werkt één keer en is geldig tot ${formatAmsterdamMoment(expiresAt)}.`,
        'Verwachtte u deze uitnodiging niet? Dan kunt u dit bericht negeren.',
      ].join('\n'),
    });
    await audit({
      action: 'organisation.invite',
      entityType: 'organisation',
      entityId: organisationId,
      after: { email, expiresAt: expiresAt.toISOString() },
    });
    return created;
  });
  return toInvitation(row);
}

export async function listInvitations(
  { db, scope }: Pick<UseCaseContext, 'db' | 'scope'>,
  { organisationId }: { organisationId: string },
): Promise<Invitation[]> {
  if (!(await orgRepo.findOrganisation(db, scope, organisationId))) throw new AppError('NOT_FOUND');
  return (await repo.invitationsOf(db, organisationId)).map(toInvitation);
}

function toInvitation(row: repo.InvitationRow): Invitation {
  return {
    id: row.id,
    email: row.email,
    createdAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
    acceptedAt: row.acceptedAt?.toISOString() ?? null,
  };
}

async function findOpenInvitation(db: Database, token: string, now: Date) {
  const row = await repo.findOpenInvitation(db, hashToken(token), now);
  if (!row) {
    throw new AppError('NOT_FOUND', {
      message:
        'Deze uitnodiging bestaat niet, is al gebruikt of is verlopen. Vraag om een nieuwe uitnodiging.',
    });
  }
  return row;
}

export async function lookupInvitation(
  { db, now }: Pick<PublicUseCaseContext, 'db' | 'now'>,
  { token }: { token: string },
): Promise<InvitationLookup> {
  const invitation = await findOpenInvitation(db, token, now);
  const organisation = (await orgRepo.findOrganisation(
    db,
    { kind: 'all' },
    invitation.organisationId,
  ))!;
  const existing = await repo.findUserByEmail(db, invitation.email);
  return {
    organisationName: organisation.name,
    email: invitation.email,
    expiresAt: invitation.expiresAt.toISOString(),
    accountExists: existing !== undefined,
  };
}

/**
 * Someone without an account chooses a name and password; someone with an account must be
 * logged in as the invited address. Either way they become an applicant of the organisation.
 */
export async function acceptInvitation(
  { db, actor, now }: PublicUseCaseContext,
  { token, body }: { token: string; body: AcceptInvitationBody },
): Promise<AcceptedInvitation> {
  const invitation = await findOpenInvitation(db, token, now);
  const existing = await repo.findUserByEmail(db, invitation.email);
  if (existing && actor?.userId !== existing.id) {
    throw new AppError('UNAUTHENTICATED', {
      message: `Log eerst in als ${invitation.email} om deze uitnodiging aan te nemen.`,
    });
  }
  if (!existing && (!body.name || !body.password)) {
    const fields = [
      ...(body.name ? [] : [{ path: 'name', message: 'Vul uw naam in.' }]),
      ...(body.password
        ? []
        : [{ path: 'password', message: 'Kies een wachtwoord van minstens 12 tekens.' }]),
    ];
    throw new AppError('VALIDATION_FAILED', { fields });
  }
  const passwordHash = existing ? null : await hashPassword(body.password!);
  await changeWithAudit(
    db,
    actor ?? {
      kind: 'user',
      userId: null,
      email: invitation.email,
      roles: [],
      organisationIds: [],
      provisionIds: [],
    },
    async (tx, audit) => {
      // Claim the invitation first: of two accepts at the same moment, one finds it gone.
      if (!(await repo.claimInvitation(tx, invitation.id, now)))
        throw new AppError('NOT_FOUND', { message: 'Deze uitnodiging is al gebruikt.' });
      let userId = existing?.id;
      if (!userId) {
        userId = await repo.insertUser(tx, {
          email: invitation.email,
          name: body.name!,
          passwordHash: passwordHash!,
        });
        await audit({
          action: 'user.create',
          entityType: 'user',
          entityId: userId,
          after: { email: invitation.email, name: body.name, roles: ['applicant'] },
        });
      }
      await repo.joinAsApplicant(tx, userId, invitation.organisationId);
      await repo.recordAcceptedBy(tx, invitation.id, userId);
      await audit({
        action: 'organisation.join',
        entityType: 'organisation',
        entityId: invitation.organisationId,
        after: { userId, email: invitation.email },
      });
    },
  );
  return { organisationId: invitation.organisationId };
}
