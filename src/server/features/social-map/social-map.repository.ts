import { and, asc, eq, lte, gte, gt, sql } from 'drizzle-orm';
import type { Queryable } from '../../platform/db/database.ts';
import {
  districts,
  grants,
  neighbourhoods,
  organisations,
  provisionPhotos,
  provisions,
  referrals,
} from '../../platform/db/schema.ts';
import { provisionColumns } from '../provisions/provisions.repository.ts';

/** Every provision the social map shows (not hidden), with whether a grant runs today. */
export async function publicProvisions(db: Queryable, today: string) {
  return db
    .select({
      ...provisionColumns,
      subsidised: sql<boolean>`exists (select 1 from ${grants} where ${and(
        eq(grants.provisionId, provisions.id),
        lte(grants.periodStart, today),
        gte(grants.periodEnd, today),
        gt(grants.grantedCents, 0),
      )})`,
    })
    .from(provisions)
    .innerJoin(organisations, eq(organisations.id, provisions.organisationId))
    .leftJoin(neighbourhoods, eq(neighbourhoods.code, provisions.neighbourhoodCode))
    .leftJoin(provisionPhotos, eq(provisionPhotos.provisionId, provisions.id))
    .where(eq(provisions.hidden, false))
    .orderBy(asc(provisions.name), asc(provisions.id));
}

/** The buurten with their wijk and boundary, for the filter and the map. */
export async function buurten(db: Queryable) {
  return db
    .select({
      code: neighbourhoods.code,
      name: neighbourhoods.name,
      districtName: districts.name,
      geometry: neighbourhoods.geometry,
    })
    .from(neighbourhoods)
    .innerJoin(districts, eq(districts.code, neighbourhoods.districtCode))
    .orderBy(asc(neighbourhoods.name));
}

/** A provision a resident may ask to join: it exists and is on the map. */
export async function visibleProvisionExists(db: Queryable, id: string): Promise<boolean> {
  const [row] = await db
    .select({ id: provisions.id })
    .from(provisions)
    .where(and(eq(provisions.id, id), eq(provisions.hidden, false)));
  return row !== undefined;
}

export async function referralByRequestKey(db: Queryable, requestKey: string) {
  const [row] = await db
    .select({ id: referrals.id, provisionId: referrals.provisionId })
    .from(referrals)
    .where(eq(referrals.requestKey, requestKey));
  return row;
}

export type RequestInsert = Omit<typeof referrals.$inferInsert, 'id'>;

/** Stores the request once: a second insert with the same key does nothing (null). */
export async function insertRequest(db: Queryable, values: RequestInsert): Promise<string | null> {
  const [row] = await db
    .insert(referrals)
    .values(values)
    .onConflictDoNothing({ target: referrals.requestKey })
    .returning({ id: referrals.id });
  return row?.id ?? null;
}
