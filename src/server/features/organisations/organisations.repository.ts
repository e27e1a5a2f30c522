import { and, count, eq, inArray, type SQL } from 'drizzle-orm';
import type { DataScope } from '../../platform/access.ts';
import { organisationFilter } from '../../platform/db/scope.ts';
import type { Queryable } from '../../platform/db/database.ts';
import { organisationMembers, organisations, userRoles, users } from '../../platform/db/schema.ts';

/** The organisation filter every query of organisation data starts from. */
export function organisationScope(scope: DataScope): SQL | undefined {
  return organisationFilter(organisations.id, scope);
}

const listColumns = {
  id: organisations.id,
  name: organisations.name,
  kvkNumber: organisations.kvkNumber,
  street: organisations.street,
  postcode: organisations.postcode,
  city: organisations.city,
  iban: organisations.iban,
  boardMembers: organisations.boardMembers,
  contactName: organisations.contactName,
  contactEmail: organisations.contactEmail,
  contactPhone: organisations.contactPhone,
  createdAt: organisations.createdAt,
  memberCount: count(organisationMembers.userId),
};

export async function listOrganisations(db: Queryable, scope: DataScope) {
  return db
    .select(listColumns)
    .from(organisations)
    .leftJoin(organisationMembers, eq(organisationMembers.organisationId, organisations.id))
    .where(organisationScope(scope))
    .groupBy(organisations.id)
    .orderBy(organisations.name);
}

export async function findOrganisation(db: Queryable, scope: DataScope, id: string) {
  const [row] = await db
    .select(listColumns)
    .from(organisations)
    .leftJoin(organisationMembers, eq(organisationMembers.organisationId, organisations.id))
    .where(and(eq(organisations.id, id), organisationScope(scope)))
    .groupBy(organisations.id);
  return row;
}

export type OrganisationValues = Partial<
  Omit<typeof organisations.$inferInsert, 'id' | 'createdAt' | 'updatedAt'>
>;

export async function insertOrganisation(
  db: Queryable,
  values: OrganisationValues & { name: string },
) {
  const [row] = await db.insert(organisations).values(values).returning();
  return row!;
}

export async function updateOrganisation(
  db: Queryable,
  id: string,
  values: OrganisationValues,
  now: Date,
) {
  const [row] = await db
    .update(organisations)
    .set({ ...values, updatedAt: now })
    .where(eq(organisations.id, id))
    .returning();
  return row;
}

export async function countExistingOrganisations(db: Queryable, ids: string[]) {
  if (ids.length === 0) return 0;
  const [row] = await db
    .select({ n: count() })
    .from(organisations)
    .where(inArray(organisations.id, ids));
  return row?.n ?? 0;
}

/** The e-mail addresses of the active applicants of these organisations: who gets their mail. */
export async function activeApplicantEmails(db: Queryable, organisationIds: readonly string[]) {
  if (organisationIds.length === 0) return [];
  return db
    .selectDistinct({ organisationId: organisationMembers.organisationId, email: users.email })
    .from(organisationMembers)
    .innerJoin(users, eq(users.id, organisationMembers.userId))
    .innerJoin(userRoles, and(eq(userRoles.userId, users.id), eq(userRoles.role, 'applicant')))
    .where(
      and(
        inArray(organisationMembers.organisationId, [...organisationIds]),
        eq(users.active, true),
      ),
    );
}
