import { and, desc, eq, isNull, type SQL } from 'drizzle-orm';
import type { Queryable } from '../../platform/db/database.ts';
import {
  applications,
  attachments,
  completionRequests,
  decisions,
  organisations,
  provisions,
  rankings,
  rounds,
} from '../../platform/db/schema.ts';

const columns = {
  id: completionRequests.id,
  applicationId: completionRequests.applicationId,
  applicationReference: applications.reference,
  organisationName: organisations.name,
  attachmentKind: completionRequests.attachmentKind,
  description: completionRequests.description,
  termDays: completionRequests.termDays,
  requestedDay: completionRequests.requestedDay,
  dueDay: completionRequests.dueDay,
  answerText: completionRequests.answerText,
  answerAttachmentId: completionRequests.answerAttachmentId,
  answerFilename: attachments.filename,
  answerSha256: attachments.sha256,
  answeredAt: completionRequests.answeredAt,
  setAsideDecisionReference: decisions.reference,
};

export type CompletionRow = Awaited<ReturnType<typeof listRequests>>[number];

export async function listRequests(db: Queryable, where: SQL | undefined) {
  return db
    .select(columns)
    .from(completionRequests)
    .innerJoin(applications, eq(applications.id, completionRequests.applicationId))
    .innerJoin(organisations, eq(organisations.id, applications.organisationId))
    .leftJoin(attachments, eq(attachments.id, completionRequests.answerAttachmentId))
    .leftJoin(decisions, eq(decisions.id, completionRequests.setAsideDecisionId))
    .where(where)
    .orderBy(desc(completionRequests.requestedAt));
}

export const ofApplication = (applicationId: string) =>
  eq(completionRequests.applicationId, applicationId);

/** Requests the municipality still waits for or can act on: unanswered and not set aside. */
export const unanswered = () =>
  and(isNull(completionRequests.answeredAt), isNull(completionRequests.setAsideDecisionId));

export async function insertRequest(
  db: Queryable,
  values: typeof completionRequests.$inferInsert,
): Promise<string> {
  const [row] = await db
    .insert(completionRequests)
    .values(values)
    .returning({ id: completionRequests.id });
  return row!.id;
}

export async function recordAnswer(
  db: Queryable,
  id: string,
  values: Pick<
    typeof completionRequests.$inferInsert,
    'answerText' | 'answerAttachmentId' | 'answeredBy' | 'answeredAt'
  >,
) {
  await db.update(completionRequests).set(values).where(eq(completionRequests.id, id));
}

export async function recordSetAside(db: Queryable, id: string, decisionId: string) {
  await db
    .update(completionRequests)
    .set({ setAsideDecisionId: decisionId })
    .where(eq(completionRequests.id, id));
}

/** What the set-aside letter needs about the application and its addressee. */
export async function letterFacts(db: Queryable, applicationId: string) {
  const [row] = await db
    .select({
      reference: applications.reference,
      category: applications.category,
      organisationId: applications.organisationId,
      roundId: applications.roundId,
      organisation: organisations.name,
      street: organisations.street,
      postcode: organisations.postcode,
      city: organisations.city,
      contact: organisations.contactName,
      provisionName: provisions.name,
      roundName: rounds.name,
      year: rounds.year,
    })
    .from(applications)
    .innerJoin(organisations, eq(organisations.id, applications.organisationId))
    .innerJoin(provisions, eq(provisions.id, applications.provisionId))
    .innerJoin(rounds, eq(rounds.id, applications.roundId))
    .where(eq(applications.id, applicationId));
  return row;
}

export async function categoryRankingFixed(db: Queryable, roundId: string, category: string) {
  const rows = await db
    .select({ id: rankings.id })
    .from(rankings)
    .where(and(eq(rankings.roundId, roundId), eq(rankings.category, category)))
    .limit(1);
  return rows.length > 0;
}

export async function insertDecision(db: Queryable, values: typeof decisions.$inferInsert) {
  const [row] = await db.insert(decisions).values(values).returning({ id: decisions.id });
  return row!.id;
}
