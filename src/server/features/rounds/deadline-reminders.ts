/**
 * Reminders 7 days and 1 day before a round's deadline to organisations that still have a
 * draft. Run by the scheduler; each reminder is recorded, so running it again (or on two
 * servers) sends nothing twice.
 */
import { formatAmsterdamMoment } from '../../../domain/dates.ts';
import { SYSTEM_ACTOR } from '../../platform/access.ts';
import { changeWithAudit } from '../../platform/audit.ts';
import type { Database } from '../../platform/db/database.ts';
import { type MailSettings, queueMail } from '../../platform/mail.ts';
import { activeApplicantEmails } from '../organisations/organisations.repository.ts';
import * as repo from './rounds.repository.ts';

const DAY_MS = 86_400_000;

export function reminderKind(deadlineAt: Date, now: Date): 'days_7' | 'days_1' | null {
  const left = deadlineAt.getTime() - now.getTime();
  if (left <= 0) return null;
  if (left <= DAY_MS) return 'days_1';
  if (left <= 7 * DAY_MS) return 'days_7';
  return null;
}

export async function sendDeadlineReminders(
  db: Database,
  mail: MailSettings,
  now: Date,
): Promise<number> {
  const openRounds = await repo.roundsWithDeadlineBetween(
    db,
    now,
    new Date(now.getTime() + 7 * DAY_MS),
  );
  let sent = 0;
  for (const round of openRounds) {
    const kind = reminderKind(round.deadlineAt, now);
    if (!kind) continue;
    sent += await changeWithAudit(db, SYSTEM_ACTOR, async (tx, audit) => {
      const withDrafts = await repo.organisationsWithDraft(tx, round.id);
      if (withDrafts.length === 0) return 0;
      const claimed = await repo.claimReminders(
        tx,
        withDrafts.map((o) => ({
          roundId: round.id,
          organisationId: o.organisationId,
          kind,
          sentAt: now,
        })),
      );
      if (claimed.length === 0) return 0;
      const recipients = await activeApplicantEmails(
        tx,
        claimed.map((c) => c.organisationId),
      );
      const deadline = formatAmsterdamMoment(round.deadlineAt);
      for (const recipient of recipients) {
        const organisationName = withDrafts.find(
          (o) => o.organisationId === recipient.organisationId,
        )!.name;
        await queueMail(tx, mail, {
          to: recipient.email,
          subject: `Herinnering: uw aanvraag voor ${round.name} is nog niet ingediend`,
          text: [
            'Goedendag,',
            '',
            `${organisationName} heeft een conceptaanvraag voor ${round.name} die nog niet is ingediend.`,
            `De deadline is ${deadline}. Een aanvraag die daarna binnenkomt, doet niet mee.`,
            '',
            'Log in bij Samenredzaam om de aanvraag af te maken en in te dienen.',
          ].join('\n'),
        });
      }
      await audit({
        action: 'round.remind',
        entityType: 'round',
        entityId: round.id,
        after: { kind, organisations: claimed.length, recipients: recipients.length },
      });
      return recipients.length;
    });
  }
  return sent;
}
