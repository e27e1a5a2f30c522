/** The queries of the fund's public pages: only approved, not withdrawn, honoured initiatives. */
import { and, desc, eq, inArray, isNotNull, isNull } from 'drizzle-orm';
import type { Queryable } from '../../platform/db/database.ts';
import {
  decisions,
  grantSettlements,
  grants,
  organisations,
  sifInitiatives,
} from '../../platform/db/schema.ts';

const HONOURED = ['granted', 'partially_granted'];

/**
 * The public initiatives (or one): the condition "approved and not withdrawn and honoured" is
 * in the query itself, so no caller can read an unapproved text by forgetting a check.
 */
export async function publicInitiatives(db: Queryable, applicationId?: string) {
  return db
    .select({
      id: sifInitiatives.applicationId,
      content: sifInitiatives.content,
      publicText: sifInitiatives.publicText,
      approvedAt: sifInitiatives.publicApprovedAt,
      impact: sifInitiatives.impact,
      organisationName: organisations.name,
      decisionDay: decisions.issuedAt,
      grantedCents: grants.grantedCents,
      settlementStatus: grantSettlements.status,
      settledCents: grantSettlements.settledCents,
    })
    .from(sifInitiatives)
    .innerJoin(decisions, eq(decisions.id, sifInitiatives.decisionId))
    .innerJoin(grants, eq(grants.applicationId, sifInitiatives.applicationId))
    .innerJoin(organisations, eq(organisations.id, grants.organisationId))
    .leftJoin(grantSettlements, eq(grantSettlements.grantId, grants.id))
    .where(
      and(
        isNotNull(sifInitiatives.publicText),
        isNotNull(sifInitiatives.publicApprovedAt),
        isNull(sifInitiatives.publicWithdrawnAt),
        inArray(decisions.outcome, HONOURED),
        applicationId ? eq(sifInitiatives.applicationId, applicationId) : undefined,
      ),
    )
    .orderBy(desc(decisions.issuedAt));
}
export type PublicInitiativeRow = Awaited<ReturnType<typeof publicInitiatives>>[number];
