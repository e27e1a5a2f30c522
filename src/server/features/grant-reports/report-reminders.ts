/**
 * Reminders of the accountability report, six weeks and one week before its due day
 * (docs/rules/grant-lifecycle.md), to the organisation's contact address (or, without one, to
 * its active applicants). Run by the scheduler; each reminder is recorded in the transaction
 * that writes its mail, so running it again (or on two servers) sends nothing twice. A server
 * that was down in the sixth week before the due day sends the one-week reminder only when
 * that week comes; a report submitted in between stops the reminders.
 */
import { reportReminderDays } from '../../../domain/grants/accountability.ts';
import { addDays, amsterdamDay, formatDay } from '../../../domain/dates.ts';
import { changeWithAudit } from '../../platform/audit.ts';
import { type MailSettings, queueMail } from '../../platform/mail.ts';
import type { UseCaseContext } from '../../platform/use-case.ts';
import { activeApplicantEmails } from '../organisations/organisations.repository.ts';
import * as repo from './grant-reports.repository.ts';

export type ReportReminderKind = 'weeks_6' | 'weeks_1';

/** Which reminder is due on `today` for a report due on `dueDay`, if any. */
export function reportReminderKind(dueDay: string, today: string): ReportReminderKind | null {
  if (today > dueDay) return null;
  const { sixWeeksBefore, oneWeekBefore } = reportReminderDays(dueDay);
  if (today >= oneWeekBefore) return 'weeks_1';
  if (today >= sixWeeksBefore) return 'weeks_6';
  return null;
}

export async function sendReportReminders(
  { db, actor, now }: Pick<UseCaseContext, 'db' | 'actor' | 'now'>,
  { mail }: { mail: MailSettings },
): Promise<number> {
  const today = amsterdamDay(now);
  const awaited = await repo.reportsDueBetween(db, today, addDays(today, 42));
  let sent = 0;
  for (const grant of awaited) {
    const kind = reportReminderKind(grant.reportDueDay, today);
    if (!kind) continue;
    sent += await changeWithAudit(db, actor, async (tx, audit) => {
      const claimed = await repo.claimReminders(tx, [
        { grantId: grant.grantId, kind, sentAt: now },
      ]);
      if (claimed.length === 0) return 0;
      const to = grant.contactEmail
        ? [grant.contactEmail]
        : (await activeApplicantEmails(tx, [grant.organisationId])).map((r) => r.email);
      for (const address of to) {
        await queueMail(tx, mail, {
          to: address,
          subject: `Herinnering: de verantwoording van subsidie ${grant.reference} is uiterlijk ${formatDay(grant.reportDueDay)} nodig`,
          text: [
            'Goedendag,',
            '',
            `${grant.organisationName} heeft subsidie ${grant.reference} ontvangen voor ${grant.provisionName}.`,
            `De verantwoording daarvan moet uiterlijk ${formatDay(grant.reportDueDay)} bij de gemeente zijn (13 weken na het einde van de subsidieperiode).`,
            kind === 'weeks_1'
              ? 'Dat is over een week.'
              : 'Dat is over zes weken; u krijgt een week van tevoren nog een herinnering.',
            '',
            'Log in bij Samenredzaam en open de subsidie onder "Mijn subsidies" om de verantwoording in te vullen en in te dienen. Het bereik haalt Samenredzaam uit de registratie van de voorziening; dat hoeft u niet over te typen.',
          ].join('\n'),
        });
      }
      await audit({
        action: 'grant_report.remind',
        entityType: 'grant',
        entityId: grant.grantId,
        after: { kind, dueDay: grant.reportDueDay, recipients: to.length },
      });
      return to.length;
    });
  }
  return sent;
}
