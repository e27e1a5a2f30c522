/**
 * The public accountability of the Sociaal Investeringsfonds (docs/rules/sif-initiatives.md,
 * "Public accountability"): the organisation writes the public text of its honoured
 * initiative and approves it; only the approved text is ever public, and the policy officer
 * can withdraw the page with a reason.
 */
import { z } from 'zod';
import type { SifOutcome } from './initiative.ts';

export const publicTextBodySchema = z.object({
  title: z
    .string()
    .trim()
    .min(1, { message: 'Vul de openbare naam van het initiatief in.' })
    .max(200, { message: 'De openbare naam is hoogstens 200 tekens.' }),
  summary: z
    .string()
    .trim()
    .min(1, { message: 'Vul de openbare samenvatting van het initiatief in.' })
    .max(3000, { message: 'De openbare samenvatting is hoogstens 3000 tekens.' }),
  /** The results in the organisation's words; only once the impact report is submitted. */
  results: z
    .string()
    .trim()
    .max(3000, { message: 'De openbare tekst over de resultaten is hoogstens 3000 tekens.' })
    .default(''),
});
export type PublicTextBody = z.input<typeof publicTextBodySchema>;
export type PublicText = z.infer<typeof publicTextBodySchema>;

export const withdrawBodySchema = z.object({
  reason: z
    .string()
    .trim()
    .min(1, { message: 'Vul de reden in waarom de openbare pagina wordt teruggetrokken.' })
    .max(2000, { message: 'De reden is hoogstens 2000 tekens.' }),
});
export type WithdrawBody = z.input<typeof withdrawBodySchema>;

/** Only a granted or partly granted initiative has a public page. */
export function isHonoured(outcome: SifOutcome | null): boolean {
  return outcome === 'granted' || outcome === 'partially_granted';
}

export interface PublicState {
  outcome: SifOutcome | null;
  /** The text as last approved by the organisation; null while none is approved. */
  approved: PublicText | null;
  withdrawnAt: Date | null;
}

/**
 * Whether the public page shows the initiative: honoured, approved by the organisation and
 * not withdrawn. A withdrawal clears the approval; a new approval publishes again.
 */
export function isPublic(state: PublicState): boolean {
  return isHonoured(state.outcome) && state.approved !== null && state.withdrawnAt === null;
}

/** Why the organisation cannot write or approve the public text; null when it can. */
export function publicTextProblem(input: {
  outcome: SifOutcome | null;
  results: string;
  impactSubmitted: boolean;
}): { path: string; message: string } | null {
  if (!isHonoured(input.outcome))
    return {
      path: 'summary',
      message: 'Alleen een (gedeeltelijk) verleend initiatief heeft een openbare pagina.',
    };
  if (input.results !== '' && !input.impactSubmitted)
    return {
      path: 'results',
      message: 'De resultaten kunnen openbaar worden nadat het impactverslag is ingediend.',
    };
  return null;
}
