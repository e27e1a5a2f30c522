/**
 * Registering a participant at a provision (docs/rules/participants.md): client route, consent per
 * scope, and the BSN only with consent for matching. One schema for the form and the API.
 */
import { z } from 'zod';
import { BSN_MESSAGE, isValidBsn } from '../bsn.ts';
import { formatDay, isValidDay } from '../dates.ts';

export const CLIENT_ROUTES = [
  'self',
  'social_team',
  'social_services',
  'other_organisation',
] as const;
export const clientRouteSchema = z.enum(CLIENT_ROUTES, {
  message: 'Kies hoe de deelnemer bij u kwam.',
});
export type ClientRoute = z.infer<typeof clientRouteSchema>;
export const CLIENT_ROUTE_LABELS: Record<ClientRoute, string> = {
  self: 'Zelf aangemeld',
  social_team: 'Via het sociaal team',
  social_services: 'Via Sociale Zaken Maastricht-Heuvelland',
  other_organisation: 'Via een andere organisatie',
};

/** What a participant can consent to, each separately and each withdrawable. */
export const CONSENT_SCOPES = ['registration', 'measurements', 'matching'] as const;
export const consentScopeSchema = z.enum(CONSENT_SCOPES);
export type ConsentScope = z.infer<typeof consentScopeSchema>;
export const CONSENT_SCOPE_LABELS: Record<ConsentScope, string> = {
  registration: 'Registratie van naam, geboortejaar, buurt en aanwezigheid',
  measurements: 'Vragenlijsten over gezondheid en tevredenheid',
  matching: 'Vergelijken met Wmo-voorzieningen van de gemeente (met BSN, versleuteld)',
};

export const CONSENT_METHODS = ['written', 'verbal', 'digital'] as const;
export const consentMethodSchema = z.enum(CONSENT_METHODS, {
  message: 'Kies hoe de toestemming is gegeven.',
});
export type ConsentMethod = z.infer<typeof consentMethodSchema>;
export const CONSENT_METHOD_LABELS: Record<ConsentMethod, string> = {
  written: 'Op papier getekend',
  verbal: 'Mondeling, in het bijzijn van de coördinator',
  digital: 'Digitaal',
};

/** Where a participant went. Every outflow ends the participation on its date. */
export const OUTFLOW_KINDS = [
  'paid_work',
  'education',
  'volunteer_work',
  'other_provision',
  'maatwerk',
  'stopped',
  'moved',
] as const;
export const outflowKindSchema = z.enum(OUTFLOW_KINDS, {
  message: 'Kies waar de deelnemer naartoe ging.',
});
export type OutflowKind = z.infer<typeof outflowKindSchema>;
export const OUTFLOW_LABELS: Record<OutflowKind, string> = {
  paid_work: 'Betaald werk',
  education: 'Opleiding',
  volunteer_work: 'Vrijwilligerswerk',
  other_provision: 'Andere algemene voorziening',
  maatwerk: 'Maatwerkvoorziening (terugval)',
  stopped: 'Gestopt',
  moved: 'Verhuisd',
};

export const daySchema = (field: string) =>
  z
    .string({ message: `Vul ${field} in.` })
    .refine(isValidDay, { message: `Vul ${field} in als een bestaande datum (jjjj-mm-dd).` });

/** Text that may be left out: missing or empty is `null`. */
const optionalText = (max: number) =>
  z.preprocess(
    (v) => (v === undefined || (typeof v === 'string' && v.trim() === '') ? null : v),
    z
      .string()
      .trim()
      .max(max, { message: `Hoogstens ${max} tekens.` })
      .nullable(),
  );

export const consentBodySchema = z.object({
  scopes: z
    .array(consentScopeSchema)
    .min(1, { message: 'Kies waarvoor de deelnemer toestemming geeft.' }),
  givenOn: daySchema('de datum van de toestemming'),
  method: consentMethodSchema,
});
export type ConsentBody = z.input<typeof consentBodySchema>;

export const participantDetailsSchema = z.object({
  displayName: z
    .string({ message: 'Vul de naam of de voorletters in.' })
    .trim()
    .min(1, { message: 'Vul de naam of de voorletters in.' })
    .max(100, { message: 'De naam mag hoogstens 100 tekens lang zijn.' }),
  birthYear: z.preprocess(
    (v) => (v === '' || v === undefined ? null : typeof v === 'string' ? Number(v) : v),
    z
      .number({ message: 'Vul een geboortejaar in, zoals 1958.' })
      .int({ message: 'Vul een geboortejaar in, zoals 1958.' })
      .min(1900, { message: 'Het geboortejaar is op zijn vroegst 1900.' })
      .max(2100, { message: 'Vul een geboortejaar in, zoals 1958.' })
      .nullable(),
  ),
  neighbourhoodCode: optionalText(20),
  startDate: daySchema('de startdatum'),
  clientRoute: clientRouteSchema,
  referringOrganisation: optionalText(200),
});

function checkRoute(
  value: { clientRoute?: ClientRoute; referringOrganisation?: string | null },
  ctx: z.RefinementCtx,
) {
  if (value.clientRoute === 'other_organisation' && !value.referringOrganisation) {
    ctx.addIssue({
      code: 'custom',
      path: ['referringOrganisation'],
      message: 'Vul in via welke organisatie de deelnemer kwam.',
    });
  }
}

/** A BSN only with consent for matching, and only one that passes the 11-proef. */
function checkBsn(
  bsn: string | null | undefined,
  scopes: readonly ConsentScope[],
  ctx: z.RefinementCtx,
) {
  if (bsn && !scopes.includes('matching')) {
    ctx.addIssue({
      code: 'custom',
      path: ['bsn'],
      message: 'Een BSN mag u alleen vastleggen met toestemming voor het vergelijken.',
    });
  } else if (bsn && !isValidBsn(bsn)) {
    ctx.addIssue({ code: 'custom', path: ['bsn'], message: BSN_MESSAGE });
  }
}

/** Registering: details, the consent given, and a BSN only when matching is consented to. */
export const registerParticipantSchema = participantDetailsSchema
  .extend({
    consent: consentBodySchema,
    bsn: optionalText(20),
  })
  .superRefine((value, ctx) => {
    checkRoute(value, ctx);
    if (!value.consent.scopes.includes('registration')) {
      ctx.addIssue({
        code: 'custom',
        path: ['consent', 'scopes'],
        message:
          'Zonder toestemming voor registratie kunt u iemand alleen anoniem tellen bij de aanwezigheid.',
      });
    }
    checkBsn(value.bsn, value.consent.scopes, ctx);
    if (value.consent.givenOn && value.startDate && value.consent.givenOn > value.startDate) {
      // Registration needs consent first: a start before the consent would be unlawful data.
      ctx.addIssue({
        code: 'custom',
        path: ['consent', 'givenOn'],
        message: 'De toestemming moet gegeven zijn op of vóór de startdatum.',
      });
    }
  });
export type RegisterParticipantBody = z.input<typeof registerParticipantSchema>;

export const updateParticipantSchema = participantDetailsSchema.superRefine(checkRoute);

export const outflowBodySchema = z.object({
  kind: outflowKindSchema,
  onDate: daySchema('de datum'),
});

/** Adding consent later; a BSN can come with it when the scope is matching. */
export const addConsentSchema = consentBodySchema
  .extend({ bsn: optionalText(20) })
  .superRefine((value, ctx) => checkBsn(value.bsn, value.scopes, ctx));

export const withdrawConsentSchema = z.object({
  scope: z.enum(CONSENT_SCOPES, { message: 'Kies welke toestemming de deelnemer intrekt.' }),
  withdrawnOn: daySchema('de datum van intrekken'),
});

/** Whether a consent row stands on a day: given on or before it and not withdrawn by then. */
export function consentStands(
  consent: { givenOn: string; withdrawnOn: string | null },
  onDay: string,
): boolean {
  return consent.givenOn <= onDay && (consent.withdrawnOn === null || consent.withdrawnOn > onDay);
}

/** The first day after which a participant's data must be erased. */
export function erasureDueAfter(endDate: string, retentionMonths: number): string {
  const [y, m, d] = endDate.split('-').map(Number) as [number, number, number];
  const monthIndex = m - 1 + retentionMonths;
  const year = y + Math.floor(monthIndex / 12);
  const month = (monthIndex % 12) + 1;
  // 31 August + 6 months is the last day of February, not 3 March.
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const day = Math.min(d, lastDay);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Which participants a list shows: those still taking part, those who left, or both. */
export const PARTICIPANT_STATUSES = ['active', 'left', 'all'] as const;
export const participantStatusSchema = z.enum(PARTICIPANT_STATUSES);
export type ParticipantStatus = z.infer<typeof participantStatusSchema>;

/** Still taking part on `today`: no end date, or one still to come. */
export function isActiveOn(endDate: string | null, today: string): boolean {
  return endDate === null || endDate > today;
}

export interface DateProblem {
  path: string;
  message: string;
}

/** A start date after the end date (when there is one) is refused, on the start date. */
export function startDateProblem(startDate: string, endDate: string | null): DateProblem | null {
  if (endDate === null || startDate <= endDate) return null;
  return {
    path: 'startDate',
    message: `De startdatum kan niet na de einddatum (${formatDay(endDate)}) liggen.`,
  };
}

/** An outflow before the participant started is refused, on its date. */
export function outflowDateProblem(onDate: string, startDate: string): DateProblem | null {
  if (onDate >= startDate) return null;
  return {
    path: 'onDate',
    message: `De datum van uitstroom kan niet vóór de startdatum (${formatDay(startDate)}) liggen.`,
  };
}

/**
 * Withdrawal takes effect at once, so its date is today or earlier, and not before the
 * consent it withdraws was given.
 */
export function withdrawalDateProblem(
  withdrawnOn: string,
  givenOn: string,
  today: string,
): DateProblem | null {
  if (withdrawnOn > today) {
    return { path: 'withdrawnOn', message: 'De datum van intrekken kan niet na vandaag liggen.' };
  }
  if (withdrawnOn < givenOn) {
    return {
      path: 'withdrawnOn',
      message: `De datum van intrekken kan niet vóór de datum van de toestemming (${formatDay(givenOn)}) liggen.`,
    };
  }
  return null;
}

export interface ConsentWithdrawal {
  /** The BSN pseudonym goes: without consent for matching it may not be kept. */
  removePseudonym: boolean;
  /** The municipality may no longer ask a provider about this person's allocation. */
  closeOpenSignals: boolean;
  /** The day the participation ends, when the withdrawal ends it; null when it does not. */
  endDate: string | null;
}

/**
 * What withdrawing a consent does, at once. Without consent for matching there is no
 * pseudonym and no open double-financing signal. Without consent for registration the
 * person is no longer registered here: it counts as leaving on the day of withdrawal (never
 * before the start), so they drop out of the active list and the retention period starts;
 * their other data stays until it is erased, on request or by the retention task. Consent
 * for measurements changes nothing else.
 */
export function consentWithdrawal(
  scope: ConsentScope,
  withdrawnOn: string,
  participant: { startDate: string; endDate: string | null },
): ConsentWithdrawal {
  const matching = scope === 'matching';
  const endsParticipation = scope === 'registration' && participant.endDate === null;
  return {
    removePseudonym: matching,
    closeOpenSignals: matching,
    endDate: endsParticipation
      ? withdrawnOn < participant.startDate
        ? participant.startDate
        : withdrawnOn
      : null,
  };
}

/** Erasing a participant asks why; the reason is kept in the audit log, so no personal data. */
export const eraseBodySchema = z.object({
  reason: z
    .string({ message: 'Vul de reden in (minstens 5 tekens).' })
    .trim()
    .min(5, { message: 'Vul de reden in (minstens 5 tekens).' })
    .max(500, { message: 'De reden mag hoogstens 500 tekens lang zijn.' }),
});
export type EraseBody = z.input<typeof eraseBodySchema>;
