import { eq } from 'drizzle-orm';
import type { Queryable } from '../../platform/db/database.ts';
import { districts, municipality, neighbourhoods } from '../../platform/db/schema.ts';

export async function findMunicipality(db: Queryable) {
  const [row] = await db.select().from(municipality).limit(1);
  return row;
}

export async function updatePrivacy(
  db: Queryable,
  code: string,
  values: {
    privacyController: string | null;
    dataProtectionOfficer: string | null;
    dataProtectionOfficerEmail: string | null;
  },
) {
  await db.update(municipality).set(values).where(eq(municipality.code, code));
}

export async function updatePaymentAccount(
  db: Queryable,
  code: string,
  values: { paymentIban: string; paymentBic: string },
) {
  await db.update(municipality).set(values).where(eq(municipality.code, code));
}

export async function listDistrictsWithNeighbourhoods(db: Queryable) {
  const [ds, ns] = await Promise.all([
    db.select().from(districts).orderBy(districts.code),
    db
      .select({
        code: neighbourhoods.code,
        name: neighbourhoods.name,
        districtCode: neighbourhoods.districtCode,
      })
      .from(neighbourhoods)
      .orderBy(neighbourhoods.name),
  ]);
  return ds.map((d) => ({
    code: d.code,
    name: d.name,
    neighbourhoods: ns
      .filter((n) => n.districtCode === d.code)
      .map(({ code, name }) => ({ code, name })),
  }));
}
