/**
 * The open subsidy register (docs/rules/subsidy-register.md): per year, every grant from an
 * issued decision, with what was requested, granted and settled. Public, CC0.
 */
import { amsterdamDay } from '../../../domain/dates.ts';
import { REGISTER_LICENCE, publicApplicant } from '../../../domain/grants/subsidy-register.ts';
import { GRANT_CATEGORY_LABELS, type GrantCategory } from '../../../domain/tender/categories.ts';
import type { PublicUseCaseContext } from '../../platform/use-case.ts';
import * as repo from './subsidy-register.repository.ts';
import type { Register } from './subsidy-register.schemas.ts';

/** The register of a year; without a year, of the newest year that has grants. */
export async function register(
  { db }: PublicUseCaseContext,
  { year }: { year?: number | undefined },
): Promise<Register> {
  const years = await repo.years(db);
  const chosen = year ?? years[0] ?? null;
  const rows = chosen === null ? [] : await repo.grantsOfYear(db, chosen);
  return {
    year: chosen,
    years,
    licence: { ...REGISTER_LICENCE },
    rows: rows.map((row) => {
      const applicant = publicApplicant({ name: row.organisationName, kvkNumber: row.kvkNumber });
      const isPerson = applicant.kvkNumber === null;
      return {
        year: chosen!,
        organisation: applicant.name,
        kvkNumber: applicant.kvkNumber,
        scheme: row.schemeName,
        category: row.category as GrantCategory,
        categoryName: GRANT_CATEGORY_LABELS[row.category as GrantCategory],
        // A provision named after a person would name them again.
        provision: isPerson ? null : row.provisionName,
        requestedCents: row.requestedCents,
        grantedCents: row.grantedCents,
        settledCents: row.settledCents === null ? null : Number(row.settledCents),
        decisionDate: row.decidedAt ? amsterdamDay(row.decidedAt) : null,
      };
    }),
  };
}
