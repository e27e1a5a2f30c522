import { type SQL, and, count, desc, eq, gt, isNotNull, lt, lte, ne, sql, sum } from 'drizzle-orm';
import type { Queryable } from '../../platform/db/database.ts';
import {
  applications,
  deadlineReminders,
  organisations,
  provisions,
  rounds,
  schemes,
} from '../../platform/db/schema.ts';

const columns = {
  round: rounds,
  schemeName: schemes.name,
};

export async function listRounds(db: Queryable, publishedOnly: boolean) {
  return (
    db
      .select(columns)
      .from(rounds)
      .innerJoin(schemes, eq(schemes.id, rounds.schemeId))
      // The fund's standing rolling round is no round to apply to (docs/rules/sif-initiatives.md).
      .where(
        and(eq(rounds.rolling, false), publishedOnly ? isNotNull(rounds.publishedAt) : undefined),
      )
      .orderBy(desc(rounds.deadlineAt))
  );
}

export async function findRound(db: Queryable, id: string, publishedOnly = false) {
  const [row] = await db
    .select(columns)
    .from(rounds)
    .innerJoin(schemes, eq(schemes.id, rounds.schemeId))
    .where(
      and(
        eq(rounds.id, id),
        eq(rounds.rolling, false),
        publishedOnly ? isNotNull(rounds.publishedAt) : undefined,
      ),
    );
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

/**
 * A scheme of the tender: not the fund's rolling tender, whose initiatives have a form of
 * their own, not a scheme's (docs/rules/sif-initiatives.md).
 */
const isTenderScheme = sql`not exists (select 1 from ${rounds} where ${rounds.schemeId} = ${schemes.id} and ${rounds.rolling})`;

/** The schemes of the tender. */
export async function listSchemes(db: Queryable) {
  return db.select().from(schemes).where(isTenderScheme).orderBy(schemes.name);
}

/** A scheme of the tender; the fund's scheme is not found here, so not shown or changed. */
export async function findScheme(db: Queryable, id: string) {
  const [row] = await db
    .select()
    .from(schemes)
    .where(and(eq(schemes.id, id), isTenderScheme));
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
/**
 * Holds the round's row until the transaction ends: `update` to change its ceilings, `share`
 * to submit to it. A lowering of a ceiling and a round's first submission then cannot pass
 * each other unseen (docs/rules/ceilings.md).
 */
export async function lockRound(db: Queryable, id: string, mode: 'update' | 'share') {
  await db.select({ id: rounds.id }).from(rounds).where(eq(rounds.id, id)).for(mode);
}

export async function hasOnTimeSubmission(db: Queryable, roundId: string, deadlineAt: Date) {
  const [row] = await db
    .select({ id: applications.id })
    .from(applications)
    .where(and(eq(applications.roundId, roundId), lt(applications.submittedAt, deadlineAt)))
    .limit(1);
  return row !== undefined;
}

/** Both drivers answer `execute` with `{ rows }`. */
async function rowsOf<T>(db: Queryable, query: SQL): Promise<T[]> {
  const result: unknown = await db.execute(query);
  return (result as { rows: T[] }).rows;
}

/**
 * What the state of a round is derived from (docs/rules/round-states.md): per category the
 * submitted applications still taking part, whether a ranking is fixed, and whether every
 * letter of the ranking in force has been issued; and whether the assessment has begun.
 */
export async function roundProgress(db: Queryable, roundId: string) {
  const [started] = await rowsOf<{ started: boolean }>(
    db,
    sql`select exists (
      select 1 from applications a where a.round_id = ${roundId} and (
        exists (select 1 from assessor_assignments x where x.application_id = a.id)
        or exists (select 1 from assessments s where s.application_id = a.id)
        or exists (select 1 from condition_checks c where c.application_id = a.id))
    ) as started`,
  );
  const submitted = await rowsOf<{ category: string; n: number }>(
    db,
    sql`select category, count(*)::int as n from applications
      where round_id = ${roundId} and status in ('submitted', 'late') group by category`,
  );
  const ranked = await rowsOf<{ category: string; expected: number; issued: number }>(
    db,
    sql`select r.category,
        jsonb_array_length(r.output -> 'applications')::int as expected,
        (select count(*)::int from decisions d
          where d.ranking_id = r.id and d.issued_at is not null) as issued
      from rankings r
      where r.round_id = ${roundId}
        and r.version = (select max(r2.version) from rankings r2
          where r2.round_id = r.round_id and r2.category = r.category)`,
  );
  return { assessmentStarted: started?.started === true, submitted, ranked };
}

/**
 * Per category: the amount granted by the decisions in force that have been issued, and the
 * part of it the organisations renounced (it no longer counts against the ceiling).
 */
export async function ceilingUse(db: Queryable, roundId: string) {
  const granted = await rowsOf<{ category: string; cents: number }>(
    db,
    sql`select a.category, coalesce(sum(d.granted_cents), 0)::bigint as cents
      from applications a
      join lateral (select granted_cents from decisions d
        where d.application_id = a.id and d.issued_at is not null
        order by d.generated_at desc limit 1) d on true
      where a.round_id = ${roundId} group by a.category`,
  );
  const renounced = await rowsOf<{ category: string; cents: number }>(
    db,
    sql`select a.category, coalesce(sum(g.renounced_cents), 0)::bigint as cents
      from grant_renunciations g join applications a on a.id = g.application_id
      where a.round_id = ${roundId} group by a.category`,
  );
  return {
    granted: granted.map((r) => ({ category: r.category, cents: Number(r.cents) })),
    renounced: renounced.map((r) => ({ category: r.category, cents: Number(r.cents) })),
  };
}

/** Published rounds whose deadline lies after `from` and no later than `until`. */
export async function roundsWithDeadlineBetween(db: Queryable, from: Date, until: Date) {
  return db
    .select({ id: rounds.id, name: rounds.name, deadlineAt: rounds.deadlineAt })
    .from(rounds)
    .where(
      and(
        isNotNull(rounds.publishedAt),
        gt(rounds.deadlineAt, from),
        lte(rounds.deadlineAt, until),
      ),
    );
}

/** The organisations that still have a draft in the round. */
export async function organisationsWithDraft(db: Queryable, roundId: string) {
  return db
    .selectDistinct({ organisationId: applications.organisationId, name: organisations.name })
    .from(applications)
    .innerJoin(organisations, eq(organisations.id, applications.organisationId))
    .where(and(eq(applications.roundId, roundId), eq(applications.status, 'draft')));
}

/**
 * Records the reminders; an organisation already reminded of this kind for the round is
 * left out, so only the organisations returned are to be mailed.
 */
export async function claimReminders(
  db: Queryable,
  values: readonly (typeof deadlineReminders.$inferInsert)[],
) {
  return db
    .insert(deadlineReminders)
    .values([...values])
    .onConflictDoNothing()
    .returning({ organisationId: deadlineReminders.organisationId });
}

/** Every application of the round but the drafts, with its organisation and provision. */
export async function applicationsForExport(db: Queryable, roundId: string) {
  return db
    .select({
      reference: applications.reference,
      status: applications.status,
      category: applications.category,
      organisation: organisations.name,
      kvkNumber: organisations.kvkNumber,
      provision: provisions.name,
      content: applications.content,
      formDefinition: applications.formDefinition,
      submittedAt: applications.submittedAt,
    })
    .from(applications)
    .innerJoin(organisations, eq(organisations.id, applications.organisationId))
    .innerJoin(provisions, eq(provisions.id, applications.provisionId))
    .where(and(eq(applications.roundId, roundId), ne(applications.status, 'draft')))
    .orderBy(applications.category, applications.reference);
}
