/**
 * The follow-up of a double-financing signal (docs/rules/double-financing.md). A signal says that a
 * participant of a subsidised provision also has an individual allocation of begeleiding
 * groep from a professional provider in the same period. It is a reason to talk to the
 * provider, not a verdict. The Wmo analyst takes it up (in behandeling) and closes it in
 * one of three ways: a phase-out is agreed (with a date), the allocation has ended, or
 * there turns out to be no double financing (with a reason). When the participant is erased
 * or withdraws consent for matching, the system closes the open signals at once
 * (`closed`, with a neutral reason): the municipality may then no longer ask the provider
 * about this person's allocation (docs/privacy/retention.md).
 */
import { z } from 'zod';
import { isValidDay } from '../dates.ts';

export const SIGNAL_STATUSES = [
  'new',
  'in_progress',
  'phase_out_agreed',
  'allocation_ended',
  'no_double_financing',
  'closed',
] as const;
export const signalStatusSchema = z.enum(SIGNAL_STATUSES, {
  message: 'Kies een geldige status.',
});
export type SignalStatus = z.infer<typeof signalStatusSchema>;

export const SIGNAL_STATUS_LABELS: Record<SignalStatus, string> = {
  new: 'Nieuw',
  in_progress: 'In behandeling',
  phase_out_agreed: 'Afbouw afgesproken',
  allocation_ended: 'Toewijzing beëindigd',
  no_double_financing: 'Geen dubbele financiering',
  closed: 'Gesloten zonder opvolging',
};

/**
 * The reason of a signal the system closed because the participant was erased or withdrew
 * consent for matching. Deliberately the same for both, and without anything about the
 * person.
 */
export const PRIVACY_CLOSURE_REASON = 'toestemming ingetrokken of gegevens gewist';

/**
 * Where a signal may go from each status. A closed signal stays closed. Nobody moves a
 * signal to `closed` by hand: only erasure or withdrawal of consent does.
 */
export const SIGNAL_TRANSITIONS: Record<SignalStatus, readonly SignalStatus[]> = {
  new: ['in_progress'],
  in_progress: ['phase_out_agreed', 'allocation_ended', 'no_double_financing'],
  phase_out_agreed: [],
  allocation_ended: [],
  no_double_financing: [],
  closed: [],
};

/** Statuses in which a signal still needs follow-up (and goes into a letter to the provider). */
export const OPEN_SIGNAL_STATUSES: readonly SignalStatus[] = ['new', 'in_progress'];

export function isOpenStatus(status: SignalStatus): boolean {
  return OPEN_SIGNAL_STATUSES.includes(status);
}

export function canMoveSignal(from: SignalStatus, to: SignalStatus): boolean {
  return SIGNAL_TRANSITIONS[from].includes(to);
}

/** Why a move is not possible, in plain Dutch; null when it is. */
export function signalTransitionProblem(from: SignalStatus, to: SignalStatus): string | null {
  if (canMoveSignal(from, to)) return null;
  const next = SIGNAL_TRANSITIONS[from];
  const fromLabel = SIGNAL_STATUS_LABELS[from].toLowerCase();
  const toLabel = SIGNAL_STATUS_LABELS[to].toLowerCase();
  if (next.length === 0) {
    return `Dit signaal is afgesloten (${fromLabel}) en kan niet meer van status veranderen.`;
  }
  const options = next.map((s) => `"${SIGNAL_STATUS_LABELS[s].toLowerCase()}"`).join(' of ');
  return `Een signaal met de status "${fromLabel}" kan niet naar "${toLabel}". Dat kan alleen naar ${options}.`;
}

const optionalText = (max: number, field: string) =>
  z.preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
    z
      .string({ message: `Vul ${field} in als tekst.` })
      .trim()
      .max(max, { message: `${capitalise(field)} mag hoogstens ${max} tekens lang zijn.` })
      .optional(),
  );

function capitalise(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}

/** A change of status, with the date or reason that the new status needs. */
export const signalStatusBodySchema = z
  .object({
    status: signalStatusSchema,
    phaseOutDate: z
      .preprocess(
        (v) => (v === '' || v === null ? undefined : v),
        z
          .string({ message: 'Vul de datum van de afbouw in als jjjj-mm-dd.' })
          .refine(isValidDay, {
            message: 'Vul de datum van de afbouw in als een bestaande datum (jjjj-mm-dd).',
          })
          .optional(),
      )
      .optional(),
    reason: optionalText(1000, 'de reden'),
    note: optionalText(2000, 'de notitie'),
  })
  .superRefine((body, context) => {
    if (body.status === 'phase_out_agreed' && body.phaseOutDate === undefined) {
      context.addIssue({
        code: 'custom',
        path: ['phaseOutDate'],
        message: 'Vul de datum in waarop de afbouw klaar is.',
      });
    }
    if (body.status === 'no_double_financing' && body.reason === undefined) {
      context.addIssue({
        code: 'custom',
        path: ['reason'],
        message: 'Vul de reden in waarom er geen dubbele financiering is.',
      });
    }
  });
export type SignalStatusBody = z.input<typeof signalStatusBodySchema>;

export const signalNoteBodySchema = z.object({
  note: z
    .string({ message: 'Vul de notitie in.' })
    .trim()
    .min(1, { message: 'Vul de notitie in.' })
    .max(2000, { message: 'De notitie mag hoogstens 2000 tekens lang zijn.' }),
});
export type SignalNoteBody = z.input<typeof signalNoteBodySchema>;
