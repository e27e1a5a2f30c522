import { and, count, desc, eq, isNotNull, lt, sql, sum } from 'drizzle-orm';
import type { Queryable } from '../../platform/db/database.ts';
import { applications, rounds, schemes } from '../../platform/db/schema.ts';

const columns = {
  round: rounds,
  schemeName: schemes.name,
};

export async function listRounds(db: Queryable, publishedOnly: boolean) {
  return db
    .select(columns)
    .from(rounds)
    .innerJoin(schemes, eq(schemes.id, rounds.schemeId))
    .where(publishedOnly ? isNotNull(rounds.publishedAt) : undefined)
    .orderBy(desc(rounds.deadlineAt));
}

export async function findRound(db: Queryable, id: string, publishedOnly = false) {
  const [row] = await db
    .select(columns)
    .from(rounds)
    .innerJoin(schemes, eq(schemes.id, rounds.schemeId))
    .where(and(eq(rounds.id, id), publishedOnly ? isNotNull(rounds.publishedAt) : undefined));
  return row;
}

export type RoundValues = Omit<typeof rounds.$inferInsert, 'id' | 'createdAt' | 'updatedAt'>;

export async function insertRound(db: Queryable, values: RoundValues) {
  const [row] = await db.insert(rounds).values(values).returning({ id: rounds.id });
  return row!.id;
}

export async function updateRound(
  db: Queryable,
  id: string,
  values: Partial<RoundValues>,
  now: Date,
) {
  await db
    .update(rounds)
    .set({ ...values, updatedAt: now })
    .where(eq(rounds.id, id));
}

export async function listSchemes(db: Queryable) {
  return db.select().from(schemes).orderBy(schemes.name);
}

export async function findScheme(db: Queryable, id: string) {
  const [row] = await db.select().from(schemes).where(eq(schemes.id, id));
  return row;
}

export async function updateScheme(
  db: Queryable,
  id: string,
  values: { name: string; definition: unknown },
  now: Date,
) {
  await db
    .update(schemes)
    .set({ ...values, updatedAt: now })
    .where(eq(schemes.id, id));
}

/** Counts per category and status, and the sum requested on time, in one query. */
export async function applicationStatistics(db: Queryable, roundId: string) {
  return db
    .select({
      category: applications.category,
      status: applications.status,
      n: count(),
      requested: sum(applications.requestedCents).mapWith(Number),
    })
    .from(applications)
    .where(eq(applications.roundId, roundId))
    .groupBy(applications.category, applications.status)
    .orderBy(sql`1, 2`);
}

/**
 * Whether anyone has submitted on time in this round (withdrawn later or not): from then on
 * the ceilings may only rise (docs/rules/ceilings.md).
 */
export async function hasOnTimeSubmission(db: Queryable, roundId: string, deadlineAt: Date) {
  const [row] = await db
    .select({ id: applications.id })
    .from(applications)
    .where(and(eq(applications.roundId, roundId), lt(applications.submittedAt, deadlineAt)))
    .limit(1);
  return row !== undefined;
}
