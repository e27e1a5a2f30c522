import { and, desc, eq, inArray, isNotNull, isNull } from 'drizzle-orm';
import type { DataScope } from '../../platform/access.ts';
import type { Queryable } from '../../platform/db/database.ts';
import {
  applications,
  decisions,
  documents,
  grantRenunciations,
  organisations,
  provisions,
  rounds,
} from '../../platform/db/schema.ts';
import { applicationScope } from '../applications/applications.repository.ts';

/** An id no ranking has, so that `IN (...)` is never empty. */
const NO_RANKING = '00000000-0000-0000-0000-000000000000';

/** The letters already made under these ranking versions (the job skips them). */
export async function lettersOfRankings(db: Queryable, rankingIds: readonly string[]) {
  return db
    .select({ applicationId: decisions.applicationId, rankingId: decisions.rankingId })
    .from(decisions)
    .where(inArray(decisions.rankingId, [...rankingIds, NO_RANKING]));
}

/** What a letter says about the application, its organisation (the addressee) and round. */
export async function letterFacts(db: Queryable, applicationId: string) {
  const [row] = await db
    .select({
      content: applications.content,
      formDefinition: applications.formDefinition,
      organisation: organisations.name,
      street: organisations.street,
      postcode: organisations.postcode,
      city: organisations.city,
      contact: organisations.contactName,
      provisionName: provisions.name,
      roundName: rounds.name,
      year: rounds.year,
      deadlineAt: rounds.deadlineAt,
    })
    .from(applications)
    .innerJoin(organisations, eq(organisations.id, applications.organisationId))
    .innerJoin(provisions, eq(provisions.id, applications.provisionId))
    .innerJoin(rounds, eq(rounds.id, applications.roundId))
    .where(eq(applications.id, applicationId));
  return row;
}

export async function insertDecision(db: Queryable, values: typeof decisions.$inferInsert) {
  const [row] = await db.insert(decisions).values(values).returning({ id: decisions.id });
  return row!.id;
}

/** The letters of these ranking versions, by category and application reference. */
export async function decisionsOfRankings(db: Queryable, rankingIds: readonly string[]) {
  return db
    .select({
      id: decisions.id,
      reference: decisions.reference,
      applicationId: decisions.applicationId,
      applicationReference: applications.reference,
      organisationName: organisations.name,
      category: applications.category,
      outcome: decisions.outcome,
      grantedCents: decisions.grantedCents,
      generatedAt: decisions.generatedAt,
      issuedAt: decisions.issuedAt,
    })
    .from(decisions)
    .innerJoin(applications, eq(applications.id, decisions.applicationId))
    .innerJoin(organisations, eq(organisations.id, applications.organisationId))
    .where(inArray(decisions.rankingId, [...rankingIds, NO_RANKING]))
    .orderBy(applications.category, applications.reference);
}

/** The letters of these ranking versions that are not sent yet, with what their e-mail needs. */
export async function unissuedDecisionsOfRankings(db: Queryable, rankingIds: readonly string[]) {
  return db
    .select({
      id: decisions.id,
      reference: decisions.reference,
      applicationId: decisions.applicationId,
      documentId: decisions.documentId,
      organisationId: applications.organisationId,
      roundName: rounds.name,
    })
    .from(decisions)
    .innerJoin(applications, eq(applications.id, decisions.applicationId))
    .innerJoin(rounds, eq(rounds.id, applications.roundId))
    .where(
      and(inArray(decisions.rankingId, [...rankingIds, NO_RANKING]), isNull(decisions.issuedAt)),
    );
}

/** Records the sending moment unless it is recorded already; false when another run was first. */
export async function claimForIssue(db: Queryable, id: string, now: Date): Promise<boolean> {
  const claimed = await db
    .update(decisions)
    .set({ issuedAt: now })
    .where(and(eq(decisions.id, id), isNull(decisions.issuedAt)))
    .returning({ id: decisions.id });
  return claimed.length > 0;
}

/** Whether the scope covers the application (drafts are never the municipality's). */
export async function applicationInScope(db: Queryable, scope: DataScope, id: string) {
  const [row] = await db
    .select({ id: applications.id })
    .from(applications)
    .where(and(eq(applications.id, id), applicationScope(scope)));
  return row !== undefined;
}

/** The newest decision on the application; with `issuedOnly`, the newest one that was sent. */
export async function newestDecision(
  db: Queryable,
  applicationId: string,
  options: { issuedOnly: boolean },
) {
  const [row] = await db
    .select()
    .from(decisions)
    .where(
      and(
        eq(decisions.applicationId, applicationId),
        options.issuedOnly ? isNotNull(decisions.issuedAt) : undefined,
      ),
    )
    .orderBy(desc(decisions.generatedAt))
    .limit(1);
  return row;
}

export async function renunciationOf(db: Queryable, applicationId: string) {
  const [row] = await db
    .select()
    .from(grantRenunciations)
    .where(eq(grantRenunciations.applicationId, applicationId));
  return row;
}

export async function insertRenunciation(
  db: Queryable,
  values: typeof grantRenunciations.$inferInsert,
) {
  await db.insert(grantRenunciations).values(values);
}

export async function findDocument(db: Queryable, id: string) {
  const [row] = await db.select().from(documents).where(eq(documents.id, id));
  return row;
}
