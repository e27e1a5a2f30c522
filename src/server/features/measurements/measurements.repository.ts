import { and, desc, eq, gt, isNull, sql } from 'drizzle-orm';
import type { HealthDimension } from '../../../domain/participants/positive-health.ts';
import type { Queryable } from '../../platform/db/database.ts';
import {
  measurements,
  participantConsents,
  participants,
  provisions,
  questionnaireLinks,
} from '../../platform/db/schema.ts';

export type MeasurementRow = typeof measurements.$inferSelect;
export type NewMeasurement = typeof measurements.$inferInsert;

/** The score columns of the six dimensions. */
export const SCORE_COLUMNS = {
  bodily_functions: 'bodilyFunctions',
  mental_wellbeing: 'mentalWellbeing',
  meaning: 'meaning',
  quality_of_life: 'qualityOfLife',
  participation: 'participation',
  daily_functioning: 'dailyFunctioning',
} as const satisfies Record<HealthDimension, keyof MeasurementRow>;

/** Newest first: latest day measured, then latest recorded. */
export function listMeasurements(db: Queryable, participantId: string) {
  return db
    .select()
    .from(measurements)
    .where(eq(measurements.participantId, participantId))
    .orderBy(desc(measurements.measuredOn), desc(measurements.createdAt));
}

export async function insertMeasurement(db: Queryable, values: NewMeasurement) {
  const [row] = await db.insert(measurements).values(values).returning();
  return row!;
}

/** The participant's consent rows for measurements (given and possibly withdrawn). */
export function measurementConsents(db: Queryable, participantId: string) {
  return db
    .select({ givenOn: participantConsents.givenOn, withdrawnOn: participantConsents.withdrawnOn })
    .from(participantConsents)
    .where(
      and(
        eq(participantConsents.participantId, participantId),
        eq(participantConsents.scope, 'measurements'),
      ),
    );
}

/** The participant's newest link that can still be used at `now`. */
export async function findOpenLink(db: Queryable, participantId: string, now: Date) {
  const [row] = await db
    .select({ id: questionnaireLinks.id, expiresAt: questionnaireLinks.expiresAt })
    .from(questionnaireLinks)
    .where(
      and(
        eq(questionnaireLinks.participantId, participantId),
        isNull(questionnaireLinks.usedAt),
        gt(questionnaireLinks.expiresAt, now),
      ),
    )
    .orderBy(desc(questionnaireLinks.expiresAt))
    .limit(1);
  return row;
}

/** Makes the participant's open links unusable from `now` on: they expire. */
export function expireOpenLinks(db: Queryable, participantId: string, now: Date) {
  return db
    .update(questionnaireLinks)
    .set({ expiresAt: now })
    .where(
      and(
        eq(questionnaireLinks.participantId, participantId),
        isNull(questionnaireLinks.usedAt),
        gt(questionnaireLinks.expiresAt, now),
      ),
    );
}

export async function insertLink(db: Queryable, values: typeof questionnaireLinks.$inferInsert) {
  const [row] = await db
    .insert(questionnaireLinks)
    .values(values)
    .returning({ id: questionnaireLinks.id });
  return row!.id;
}

/** A link by the hash of its token, with what the public questionnaire needs to know. */
export async function findLinkByHash(db: Queryable, tokenHash: string) {
  const [row] = await db
    .select({
      id: questionnaireLinks.id,
      participantId: questionnaireLinks.participantId,
      expiresAt: questionnaireLinks.expiresAt,
      usedAt: questionnaireLinks.usedAt,
      provisionId: participants.provisionId,
      provisionName: provisions.name,
      endDate: participants.endDate,
    })
    .from(questionnaireLinks)
    .innerJoin(participants, eq(participants.id, questionnaireLinks.participantId))
    .innerJoin(provisions, eq(provisions.id, participants.provisionId))
    // What is left of an erased participant is statistics, not someone who answers.
    .where(and(eq(questionnaireLinks.tokenHash, tokenHash), sql`${participants.erasedAt} is null`));
  return row;
}

/**
 * Claims a link for one answer: of two answers at the same moment, only one finds it still
 * open. Returns whether this one did.
 */
export async function claimLink(db: Queryable, linkId: string, now: Date): Promise<boolean> {
  const claimed = await db
    .update(questionnaireLinks)
    .set({ usedAt: now })
    .where(
      and(
        eq(questionnaireLinks.id, linkId),
        isNull(questionnaireLinks.usedAt),
        gt(questionnaireLinks.expiresAt, now),
      ),
    )
    .returning({ id: questionnaireLinks.id });
  return claimed.length > 0;
}
