import { and, asc, desc, eq, isNotNull, sql } from 'drizzle-orm';
import type { Queryable } from '../../platform/db/database.ts';
import {
  applications,
  decisions,
  grantSettlements,
  grants,
  organisations,
  provisions,
  rounds,
  schemes,
} from '../../platform/db/schema.ts';

/**
 * The year a grant counts in: the year its period starts. For a tender's grant that is the
 * round's year; the fund's initiatives all belong to one standing round, with periods of
 * their own (docs/rules/subsidy-register.md).
 */
const grantYear = sql<number>`extract(year from ${grants.periodStart})::int`;

/** The years that have grants, newest first. */
export async function years(db: Queryable): Promise<number[]> {
  const rows = await db.selectDistinct({ year: grantYear }).from(grants).orderBy(desc(grantYear));
  return rows.map((row) => Number(row.year));
}

/** Every grant that counts in the year, with the issued decision it came from and its settlement. */
export async function grantsOfYear(db: Queryable, year: number) {
  return db
    .select({
      reference: grants.reference,
      organisationName: organisations.name,
      kvkNumber: organisations.kvkNumber,
      schemeName: schemes.name,
      category: grants.category,
      provisionName: provisions.name,
      requestedCents: applications.requestedCents,
      grantedCents: grants.grantedCents,
      settledCents: sql<
        number | null
      >`case when ${grantSettlements.status} = 'issued' then ${grantSettlements.settledCents} end`,
      decidedAt: decisions.issuedAt,
    })
    .from(grants)
    .innerJoin(rounds, eq(rounds.id, grants.roundId))
    .innerJoin(schemes, eq(schemes.id, rounds.schemeId))
    .innerJoin(organisations, eq(organisations.id, grants.organisationId))
    .innerJoin(provisions, eq(provisions.id, grants.provisionId))
    .innerJoin(applications, eq(applications.id, grants.applicationId))
    .innerJoin(decisions, eq(decisions.id, grants.decisionId))
    .leftJoin(grantSettlements, eq(grantSettlements.grantId, grants.id))
    .where(and(eq(grantYear, year), isNotNull(decisions.issuedAt)))
    .orderBy(asc(organisations.name), asc(grants.reference));
}
