/**
 * The impact follow-up of a grant of the Sociaal Investeringsfonds, reported at settlement
 * (docs/rules/sif-initiatives.md): the reach of vulnerable residents from the participant
 * registration (when the initiative registers participants), fewer individual provisions from
 * the referrals the social team and social services made to it, and the organisation's own
 * account of structural change. Counts go to the municipality, so 1–4 shows as "<5".
 */
import { z } from 'zod';
import { type ReportedCount, suppressSmall } from '../participants/suppression.ts';

export const impactBodySchema = z.object({
  structuralChange: z
    .string()
    .trim()
    .min(1, { message: 'Beschrijf welke structurele verandering het initiatief heeft gebracht.' })
    .max(10_000, { message: 'De beschrijving is hoogstens 10.000 tekens.' }),
});
export type ImpactBody = z.infer<typeof impactBodySchema>;

const reportedCount = z.union([z.number().int().nonnegative(), z.literal('<5')]);

export const impactReportSchema = z.object({
  /** Active participants over the grant's period, from the report's frozen reach; null: not registered. */
  reach: z
    .object({ participants: reportedCount.nullable(), referredByTeams: reportedCount.nullable() })
    .nullable(),
  /** Residents referred by the social team or social services and accepted; null: not available. */
  fewerProvisions: z.object({ acceptedReferrals: reportedCount }).nullable(),
  structuralChange: z.string(),
});
export type ImpactReport = z.infer<typeof impactReportSchema>;

export const NOT_AVAILABLE = {
  reach: 'Niet beschikbaar: het initiatief registreert geen deelnemers in Samenredzaam.',
  fewerProvisions:
    'Niet beschikbaar: er zijn geen verwijzingen van het sociaal team of de sociale dienst naar het initiatief geregistreerd.',
} as const;

/**
 * The impact indicators from the figures at hand: registered participants (already protected
 * in the frozen accountability report) and the accepted referrals, protected here.
 */
export function impactReport(input: {
  registersParticipants: boolean;
  reportReach: { active: ReportedCount | null; referred: ReportedCount | null } | null;
  acceptedReferrals: number;
  structuralChange: string;
}): ImpactReport {
  return {
    reach:
      input.registersParticipants && input.reportReach
        ? { participants: input.reportReach.active, referredByTeams: input.reportReach.referred }
        : null,
    fewerProvisions:
      input.acceptedReferrals > 0
        ? { acceptedReferrals: suppressSmall(input.acceptedReferrals) }
        : null,
    structuralChange: input.structuralChange,
  };
}
