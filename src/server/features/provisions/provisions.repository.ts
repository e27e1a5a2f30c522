import { and, eq, type SQL } from 'drizzle-orm';
import type { DataScope } from '../../platform/access.ts';
import { organisationFilter } from '../../platform/db/scope.ts';
import type { Queryable } from '../../platform/db/database.ts';
import {
  neighbourhoods,
  organisations,
  provisionPhotos,
  provisions,
} from '../../platform/db/schema.ts';

/** Provisions belong to an organisation; the scope filters on it in the query. */
export function provisionScope(scope: DataScope): SQL | undefined {
  return organisationFilter(provisions.organisationId, scope);
}

/** A provision with its organisation's and buurt's names (join both, as `provisionsWithNames`). */
export const provisionColumns = {
  id: provisions.id,
  organisationId: provisions.organisationId,
  organisationName: organisations.name,
  name: provisions.name,
  category: provisions.category,
  street: provisions.street,
  postcode: provisions.postcode,
  neighbourhoodCode: provisions.neighbourhoodCode,
  neighbourhoodName: neighbourhoods.name,
  openingDayParts: provisions.openingDayParts,
  targetGroups: provisions.targetGroups,
  accessibility: provisions.accessibility,
  publicDescription: provisions.publicDescription,
  accessibilityFeatures: provisions.accessibilityFeatures,
  contactEmail: provisions.contactEmail,
  contactPhone: provisions.contactPhone,
  hidden: provisions.hidden,
  hiddenReason: provisions.hiddenReason,
  photoAltText: provisionPhotos.altText,
  photoWidth: provisionPhotos.width,
  photoHeight: provisionPhotos.height,
  photoUploadedAt: provisionPhotos.uploadedAt,
  updatedAt: provisions.updatedAt,
};

function baseQuery(db: Queryable) {
  return db
    .select(provisionColumns)
    .from(provisions)
    .innerJoin(organisations, eq(organisations.id, provisions.organisationId))
    .leftJoin(neighbourhoods, eq(neighbourhoods.code, provisions.neighbourhoodCode))
    .leftJoin(provisionPhotos, eq(provisionPhotos.provisionId, provisions.id));
}

export async function listProvisions(db: Queryable, scope: DataScope, organisationId?: string) {
  return baseQuery(db)
    .where(
      and(
        provisionScope(scope),
        organisationId ? eq(provisions.organisationId, organisationId) : undefined,
      ),
    )
    .orderBy(organisations.name, provisions.name);
}

export async function findProvision(db: Queryable, scope: DataScope, id: string) {
  const [row] = await baseQuery(db).where(and(eq(provisions.id, id), provisionScope(scope)));
  return row;
}

export type ProvisionValues = Omit<
  typeof provisions.$inferInsert,
  'id' | 'createdAt' | 'updatedAt'
>;

export async function insertProvision(db: Queryable, values: ProvisionValues) {
  const [row] = await db.insert(provisions).values(values).returning({ id: provisions.id });
  return row!.id;
}

export async function updateProvision(
  db: Queryable,
  id: string,
  values: Partial<ProvisionValues>,
  now: Date,
) {
  await db
    .update(provisions)
    .set({ ...values, updatedAt: now })
    .where(eq(provisions.id, id));
}

export async function neighbourhoodExists(db: Queryable, code: string) {
  const [row] = await db
    .select({ code: neighbourhoods.code })
    .from(neighbourhoods)
    .where(eq(neighbourhoods.code, code));
  return row !== undefined;
}

/** Not a change of the provision's content: its updatedAt (the sitemap's lastmod) stays. */
export async function setHidden(
  db: Queryable,
  id: string,
  hidden: boolean,
  reason: string | null,
): Promise<void> {
  await db
    .update(provisions)
    .set({ hidden, hiddenReason: hidden ? reason : null })
    .where(eq(provisions.id, id));
}

export type PhotoValues = Omit<typeof provisionPhotos.$inferInsert, 'provisionId'>;

/** One photo per provision: a new one replaces the old. */
export async function savePhoto(db: Queryable, provisionId: string, values: PhotoValues) {
  await db
    .insert(provisionPhotos)
    .values({ provisionId, ...values })
    .onConflictDoUpdate({ target: provisionPhotos.provisionId, set: values });
}

export async function deletePhoto(db: Queryable, provisionId: string): Promise<boolean> {
  const deleted = await db
    .delete(provisionPhotos)
    .where(eq(provisionPhotos.provisionId, provisionId))
    .returning({ id: provisionPhotos.provisionId });
  return deleted.length > 0;
}

/** The photo as the public page shows it: only of a provision on the map. */
export async function visiblePhoto(
  db: Queryable,
  provisionId: string,
  size: 'image' | 'thumbnail',
) {
  const [row] = await db
    .select({
      data: size === 'image' ? provisionPhotos.image : provisionPhotos.thumbnail,
      uploadedAt: provisionPhotos.uploadedAt,
    })
    .from(provisionPhotos)
    .innerJoin(provisions, eq(provisions.id, provisionPhotos.provisionId))
    .where(and(eq(provisionPhotos.provisionId, provisionId), eq(provisions.hidden, false)));
  return row;
}
