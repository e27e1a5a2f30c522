// zod/mini: the login page reads roles (in `me`), and the full zod would add about 4 kB gzip
// to the JavaScript every visitor loads first (see auth.schemas.ts).
import * as z from 'zod/mini';

/**
 * Role codes, in the order of docs/rules/roles.md: the home page shows a user's roles in this
 * order. `resident` is the public, who never logs in.
 */
export const ROLE_CODES = [
  'policy_officer',
  'assessor',
  'finance',
  'applicant',
  'coordinator',
  'social_worker',
  'wmo_analyst',
  'participant',
  'admin',
] as const;

export const roleSchema = z.enum(ROLE_CODES);
export type Role = z.infer<typeof roleSchema>;

/** Dutch names shown in the interface. */
export const ROLE_LABELS: Record<Role, string> = {
  policy_officer: 'Beleidsmedewerker',
  assessor: 'Beoordelaar',
  finance: 'Financieel medewerker',
  applicant: 'Aanvrager (organisatie)',
  coordinator: 'Coördinator voorziening',
  social_worker: 'Consulent sociaal team',
  wmo_analyst: 'Wmo-analist',
  participant: 'Deelnemer',
  admin: 'Functioneel beheerder',
};

/** Roles whose work is always on behalf of an organisation. */
export const ORGANISATION_ROLES: ReadonlySet<Role> = new Set<Role>(['applicant', 'coordinator']);

export function isOrganisationRole(role: Role): boolean {
  return ORGANISATION_ROLES.has(role);
}
