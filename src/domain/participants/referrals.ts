/**
 * Referrals (docs/rules/participants.md): a social worker of the social team or of Sociale
 * Zaken Maastricht-Heuvelland refers a resident to a general provision, with the resident's
 * consent and without a BSN. The provision accepts (the resident becomes a participant, with
 * the referral's route as client route) or declines with a reason. One schema for form and API.
 */
import { z } from 'zod';
import {
  DAY_PART_LABELS,
  DAY_PARTS,
  WEEKDAY_LABELS,
  WEEKDAYS,
  type DayPart,
  type OpeningDayParts,
} from '../day-parts.ts';
import {
  consentMethodSchema,
  daySchema,
  erasureDueAfter,
  participantDetailsSchema,
} from './registration.ts';
import type { ClientRoute, ConsentMethod } from './registration.ts';

/** Who refers: the same codes as the client routes a participant can come by. */
export const REFERRAL_ROUTES = [
  'social_team',
  'social_services',
] as const satisfies readonly ClientRoute[];
export const referralRouteSchema = z.enum(REFERRAL_ROUTES, {
  message: 'Kies of u verwijst vanuit het sociaal team of vanuit Sociale Zaken.',
});
export type ReferralRoute = z.infer<typeof referralRouteSchema>;
export const REFERRAL_ROUTE_LABELS: Record<ReferralRoute, string> = {
  social_team: 'Sociaal team',
  social_services: 'Sociale Zaken Maastricht-Heuvelland',
};

/**
 * Where a referral came from: a social worker's route, or `self`, the resident's own request
 * from the public social map (docs/rules/social-map.md).
 */
export const REFERRAL_ORIGINS = [
  ...REFERRAL_ROUTES,
  'self',
] as const satisfies readonly ClientRoute[];
export const referralOriginSchema = z.enum(REFERRAL_ORIGINS);
export type ReferralOrigin = z.infer<typeof referralOriginSchema>;
export const REFERRAL_ORIGIN_LABELS: Record<ReferralOrigin, string> = {
  ...REFERRAL_ROUTE_LABELS,
  self: 'Zelf aangemeld via de sociale kaart',
};

/** How the resident gave consent, in the words of the person who refers. */
export const REFERRAL_CONSENT_METHOD_LABELS: Record<ConsentMethod, string> = {
  written: 'Op papier getekend',
  verbal: 'Mondeling, in een gesprek',
  digital: 'Digitaal, bijvoorbeeld per e-mail',
};

/** `expired`: not decided within the retention period, so closed and its details erased. */
export const REFERRAL_STATUSES = ['pending', 'accepted', 'declined', 'expired'] as const;
export const referralStatusSchema = z.enum(REFERRAL_STATUSES);
export type ReferralStatus = z.infer<typeof referralStatusSchema>;
export const REFERRAL_STATUS_LABELS: Record<ReferralStatus, string> = {
  pending: 'Nog niet beoordeeld',
  accepted: 'Aangenomen',
  declined: 'Afgewezen',
  expired: 'Verlopen',
};

/**
 * The first day after which a referral that did not lead to a participation loses the
 * resident's details: `retentionMonths` after the decline, or after the referral itself while
 * nobody decided. An accepted referral lives on in the participant, whose own retention
 * applies; an erased one has nothing left. Days are Amsterdam days (YYYY-MM-DD).
 */
export function referralErasureDueAfter(
  referral: { status: ReferralStatus; referredOn: string; decidedOn: string | null },
  retentionMonths: number,
): string | null {
  if (referral.status === 'declined' && referral.decidedOn !== null) {
    return erasureDueAfter(referral.decidedOn, retentionMonths);
  }
  if (referral.status === 'pending') return erasureDueAfter(referral.referredOn, retentionMonths);
  return null;
}

export const CONSENT_CONFIRMATION_MESSAGE = 'Bevestig dat de inwoner toestemming heeft gegeven.';
export const NOTE_MAX = 1000;

const CONTACT_MISSING =
  'Vul een telefoonnummer of e-mailadres in waarop de voorziening de inwoner kan bereiken.';
const CONTACT_FORMAT =
  'Vul een telefoonnummer (zoals 06 12345678) of een e-mailadres (zoals naam@voorbeeld.nl) in.';

/** A phone number (10 to 15 digits, with spaces, dashes, brackets, a leading +) or an e-mail. */
export function isPhoneOrEmail(value: string): boolean {
  const text = value.trim();
  if (text.includes('@')) return z.email().safeParse(text).success;
  if (!/^\+?[\d\s()-]+$/.test(text)) return false;
  const digits = text.replace(/\D/g, '').length;
  return digits >= 10 && digits <= 15;
}

const emptyToNull = (v: unknown) =>
  v === undefined || (typeof v === 'string' && v.trim() === '') ? null : v;

/**
 * The referral. Strict: a field the form does not have (a BSN above all) is refused, never
 * stored. "Not in the future" for the consent date needs today: see `referralProblems`.
 */
export const referralBodySchema = z.strictObject(
  {
    provisionId: z.uuid({ message: 'Kies de voorziening waarnaar u verwijst.' }),
    route: referralRouteSchema,
    residentName: z
      .string({ message: 'Vul de naam of de voorletters van de inwoner in.' })
      .trim()
      .min(1, { message: 'Vul de naam of de voorletters van de inwoner in.' })
      .max(100, { message: 'De naam mag hoogstens 100 tekens lang zijn.' }),
    residentContact: z
      .string({ message: CONTACT_MISSING })
      .trim()
      .min(1, { message: CONTACT_MISSING })
      .max(200, { message: 'Het telefoonnummer of e-mailadres mag hoogstens 200 tekens zijn.' })
      .refine(isPhoneOrEmail, { message: CONTACT_FORMAT }),
    birthYear: participantDetailsSchema.shape.birthYear,
    neighbourhoodCode: z.preprocess(
      emptyToNull,
      z.string().trim().max(20, { message: 'Kies een buurt uit de lijst.' }).nullable(),
    ),
    note: z.preprocess(
      emptyToNull,
      z
        .string()
        .trim()
        .max(NOTE_MAX, {
          message: `De toelichting mag hoogstens ${NOTE_MAX} tekens lang zijn.`,
        })
        .nullable(),
    ),
    consentGivenOn: daySchema('de datum van de toestemming'),
    consentMethod: consentMethodSchema,
    consentConfirmed: z.literal(true, { message: CONSENT_CONFIRMATION_MESSAGE }),
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? issue.keys.some((key) => key.toLowerCase().includes('bsn'))
          ? 'Een verwijzing bevat nooit een BSN.'
          : `Onbekend veld in de verwijzing: ${issue.keys.join(', ')}.`
        : undefined,
  },
);
export type ReferralBody = z.input<typeof referralBodySchema>;
export type ReferralValues = z.output<typeof referralBodySchema>;

export interface ReferralProblem {
  path: string;
  message: string;
}

/** Rules that need today's date (in Amsterdam): consent cannot be given in the future. */
export function referralProblems(
  body: { consentGivenOn: string },
  today: string,
): ReferralProblem[] {
  return body.consentGivenOn > today
    ? [
        {
          path: 'consentGivenOn',
          message: 'De datum van de toestemming kan niet in de toekomst liggen.',
        },
      ]
    : [];
}

/** The form's schema: the API's, plus the date rule for today. */
export function referralFormSchema(today: string) {
  return referralBodySchema.superRefine((body, ctx) => {
    for (const problem of referralProblems(body, today)) {
      ctx.addIssue({ code: 'custom', path: [problem.path], message: problem.message });
    }
  });
}

export const DECLINE_REASON_MIN = 5;
const DECLINE_REASON_MESSAGE = `Schrijf waarom u de verwijzing afwijst (minstens ${DECLINE_REASON_MIN} tekens).`;

/** The provision's decision: accept with a start date, or decline with a reason. */
export const referralDecisionSchema = z.discriminatedUnion(
  'decision',
  [
    z.object({
      decision: z.literal('accept'),
      startDate: daySchema('de startdatum'),
    }),
    z.object({
      decision: z.literal('decline'),
      reason: z
        .string({ message: DECLINE_REASON_MESSAGE })
        .trim()
        .min(DECLINE_REASON_MIN, { message: DECLINE_REASON_MESSAGE })
        .max(NOTE_MAX, { message: `De reden mag hoogstens ${NOTE_MAX} tekens lang zijn.` }),
    }),
  ],
  { message: 'Kies of u de verwijzing aanneemt of afwijst.' },
);
export type ReferralDecision = z.input<typeof referralDecisionSchema>;

/**
 * Accepting registers the resident as a participant; registration needs consent first, so
 * the start date cannot lie before the day the resident gave consent.
 */
export function acceptProblems(startDate: string, consentGivenOn: string): ReferralProblem[] {
  return startDate < consentGivenOn
    ? [
        {
          path: 'startDate',
          message: 'De startdatum kan niet vóór de datum van de toestemming liggen.',
        },
      ]
    : [];
}

/** Whether a provision is open in a day part on any day of the week. */
export function openInDayPart(opening: OpeningDayParts, dayPart: DayPart): boolean {
  return WEEKDAYS.some((day) => (opening[day] ?? []).includes(dayPart));
}

/** "maandag ochtend en middag, vrijdag middag": the days in order; '' when never open. */
export function openingText(opening: OpeningDayParts): string {
  return WEEKDAYS.filter((day) => (opening[day] ?? []).length > 0)
    .map((day) => {
      const parts = DAY_PARTS.filter((part) => opening[day]?.includes(part));
      return `${WEEKDAY_LABELS[day]} ${parts.map((part) => DAY_PART_LABELS[part]).join(' en ')}`;
    })
    .join(', ');
}
