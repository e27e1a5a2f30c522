/**
 * Notifications of new tasks, in the app (a bell with the unread count) and as one daily
 * e-mail per user. The services that cause a task call the `notify…` functions inside their
 * own transaction, so a rolled-back change notifies no one.
 */
import { formatDay } from '../../../domain/dates.ts';
import type { Actor } from '../../platform/access.ts';
import { changeWithAudit } from '../../platform/audit.ts';
import { AppError } from '../../platform/errors.ts';
import { type MailSettings, queueMail } from '../../platform/mail.ts';
import * as repo from './notifications.repository.ts';
import type {
  Notification,
  NotificationKind,
  NotificationList,
  NotificationSettings,
} from './notifications.schemas.ts';
import type { UseCaseContext } from '../../platform/use-case.ts';

/** The newest notifications shown on the notifications page. */
const LIST_LIMIT = 100;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Assessors newly assigned to an application get it as a task. */
export async function notifyAssignment(
  { db: tx, now }: Pick<UseCaseContext, 'db' | 'now'>,
  {
    assessorIds,
    application,
  }: { assessorIds: readonly string[]; application: { id: string; reference: string | null } },
) {
  const recipients = await repo.activeUsersWithRole(tx, assessorIds, 'assessor');
  await repo.insertNotifications(
    tx,
    recipients,
    {
      kind: 'assignment',
      title: `Aanvraag ${application.reference ?? ''} is aan u toegewezen om te beoordelen`,
      link: `/beoordelen/${application.id}`,
    },
    now,
  );
}

/** A referral to a provision is a task for its coordinators; the resident is not named. */
export async function notifyReferral(
  { db: tx, now }: Pick<UseCaseContext, 'db' | 'now'>,
  { provisionId }: { provisionId: string },
) {
  const provision = await repo.provisionName(tx, provisionId);
  if (!provision) return;
  await repo.insertNotifications(
    tx,
    await repo.coordinatorsOf(tx, provision.id),
    {
      kind: 'referral',
      title: `Nieuwe verwijzing naar ${provision.name}`,
      link: `/beheer/voorzieningen/${provision.id}/verwijzingen`,
    },
    now,
  );
}

/** An issued decision reaches the applicant organisation's board members. */
export async function notifyDecision(
  { db: tx, now }: Pick<UseCaseContext, 'db' | 'now'>,
  decision: { organisationId: string; applicationId: string; reference: string },
) {
  await repo.insertNotifications(
    tx,
    await repo.applicantsOf(tx, decision.organisationId),
    {
      kind: 'decision',
      title: `Beschikking ${decision.reference} op uw aanvraag`,
      link: `/aanvragen/${decision.applicationId}/beschikking`,
    },
    now,
  );
}

/** A request to complete an application, with its last day, to the applicant. */
export async function notifyCompletionRequest(
  { db: tx, now }: Pick<UseCaseContext, 'db' | 'now'>,
  {
    application,
    dueDay,
  }: {
    application: { organisationId: string; id: string; reference: string | null };
    dueDay: string;
  },
) {
  await repo.insertNotifications(
    tx,
    await repo.applicantsOf(tx, application.organisationId),
    {
      kind: 'completion_request',
      title: `Vul aanvraag ${application.reference ?? ''} aan, uiterlijk ${formatDay(dueDay)}`,
      link: `/aanvragen/${application.id}`,
    },
    now,
  );
}

function toNotification(row: Awaited<ReturnType<typeof repo.listFor>>[number]): Notification {
  return {
    id: row.id,
    kind: row.kind as NotificationKind,
    title: row.title,
    link: row.link,
    createdAt: row.createdAt.toISOString(),
    readAt: row.readAt?.toISOString() ?? null,
  };
}

function userOf(actor: Actor): string {
  if (!actor.userId) throw new AppError('UNAUTHENTICATED');
  return actor.userId;
}

export async function listNotifications({
  db,
  actor,
}: Pick<UseCaseContext, 'db' | 'actor'>): Promise<NotificationList> {
  const userId = userOf(actor);
  const [rows, unread] = await Promise.all([
    repo.listFor(db, userId, LIST_LIMIT),
    repo.unreadCount(db, userId),
  ]);
  return { items: rows.map(toNotification), unread };
}

export async function unreadCount({ db, actor }: Pick<UseCaseContext, 'db' | 'actor'>) {
  return { unread: await repo.unreadCount(db, userOf(actor)) };
}

/** Only one's own notifications: another user's is absent (404). */
export async function markRead(
  { db, actor, now }: UseCaseContext,
  { notificationId }: { notificationId: string },
) {
  const row = await repo.markRead(db, userOf(actor), notificationId, now);
  if (!row) throw new AppError('NOT_FOUND');
  return unreadCount({ db, actor });
}

export async function markAllRead({ db, actor, now }: UseCaseContext) {
  await repo.markAllRead(db, userOf(actor), now);
  return unreadCount({ db, actor });
}

export async function settings({
  db,
  actor,
}: Pick<UseCaseContext, 'db' | 'actor'>): Promise<NotificationSettings> {
  return { digest: await repo.digestSetting(db, userOf(actor)) };
}

export async function updateSettings(
  { db, actor, now }: UseCaseContext,
  body: NotificationSettings,
): Promise<NotificationSettings> {
  const userId = userOf(actor);
  await changeWithAudit(db, actor, async (tx, audit) => {
    const before = await repo.digestSetting(tx, userId);
    await repo.setDigest(tx, userId, body.digest, now);
    await audit({
      action: 'notification.settings',
      entityType: 'user',
      entityId: userId,
      before: { digest: before },
      after: { digest: body.digest },
    });
  });
  return settings({ db, actor });
}

/**
 * The daily digest: one e-mail per user with the unread notifications of the last 24 hours
 * that no digest mailed yet, for users who did not opt out. Each notification is claimed in
 * the transaction that queues the mail, so a second run (or server) mails nothing twice.
 */
export async function sendNotificationDigests(
  { db, now }: Pick<UseCaseContext, 'db' | 'now'>,
  { mail, publicUrl }: { mail: MailSettings; publicUrl: string },
): Promise<number> {
  const rows = await repo.undigested(db, new Date(now.getTime() - DAY_MS));
  const byUser = new Map<string, typeof rows>();
  for (const row of rows) byUser.set(row.userId, [...(byUser.get(row.userId) ?? []), row]);
  let sent = 0;
  for (const items of byUser.values()) {
    const queued = await db.transaction(async (tx) => {
      const claimed = new Set(
        (
          await repo.claimForDigest(
            tx,
            items.map((i) => i.id),
            now,
          )
        ).map((c) => c.id),
      );
      const mine = items.filter((i) => claimed.has(i.id));
      if (mine.length === 0) return false;
      await queueMail(tx, mail, {
        to: mine[0]!.email,
        subject:
          mine.length === 1
            ? 'Samenredzaam: 1 nieuwe taak'
            : `Samenredzaam: ${mine.length} nieuwe taken`,
        text: [
          'Goedendag,',
          '',
          'Sinds gisteren is er in Samenredzaam nieuw werk voor u:',
          '',
          ...mine.map((i) => `- ${i.title}: ${publicUrl}${i.link}`),
          '',
          `Alle meldingen: ${publicUrl}/meldingen`,
          'Wilt u deze dagelijkse e-mail niet meer ontvangen? Zet hem uit op de pagina Meldingen.',
        ].join('\n'),
      });
      return true;
    });
    if (queued) sent++;
  }
  return sent;
}
