/**
 * A resident asks to take part in a provision from the social map (docs/rules/social-map.md):
 * a name, how to reach them, an optional remark and their consent; never a BSN or health
 * data. The request becomes a referral with client route `self`, which the provision's
 * coordinator accepts (a participant with the consent recorded) or declines.
 *
 * The spam guard tracks no one: a field hidden from people (a robot fills it in), and the
 * moment the form was shown, carried in the form's one-time key (a robot sends at once).
 */
import { z } from 'zod';
import { isPhoneOrEmail } from '../participants/referrals.ts';
import type { Bilingual } from './language.ts';

export const NAME_MAX = 100;
export const CONTACT_MAX = 200;
export const REMARK_MAX = 500;
/** People take longer than this to fill in three fields; robots do not. */
export const MINIMUM_FILL_MS = 3000;
/** A form left open longer than this is shown again, fresh. */
export const FORM_VALID_MS = 24 * 60 * 60 * 1000;

/** The form as it arrives (urlencoded): every field text, the checkbox "yes" when ticked. */
export const joinRequestFormSchema = z.object({
  name: z.string().default(''),
  contact: z.string().default(''),
  remark: z.string().default(''),
  consent: z.string().default(''),
  /** The field people do not see ("website"). */
  website: z.string().default(''),
  formKey: z.string().default(''),
  lang: z.string().optional(),
});
export type JoinRequestForm = z.output<typeof joinRequestFormSchema>;

export interface JoinRequestValues {
  name: string;
  contact: string;
  remark: string | null;
}

export interface FieldProblem {
  field: 'name' | 'contact' | 'remark' | 'consent';
  message: Bilingual;
}

/** What is wrong with what the resident typed, in both languages; empty when nothing is. */
export function joinRequestProblems(form: JoinRequestForm): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const name = form.name.trim();
  const contact = form.contact.trim();
  if (name === '') {
    problems.push({ field: 'name', message: { nl: 'Vul uw naam in.', en: 'Enter your name.' } });
  } else if (name.length > NAME_MAX) {
    problems.push({
      field: 'name',
      message: {
        nl: `Uw naam mag hoogstens ${NAME_MAX} tekens lang zijn.`,
        en: `Your name can be at most ${NAME_MAX} characters.`,
      },
    });
  }
  if (contact === '' || contact.length > CONTACT_MAX || !isPhoneOrEmail(contact)) {
    problems.push({
      field: 'contact',
      message: {
        nl: 'Vul een telefoonnummer (zoals 06 12345678) of een e-mailadres (zoals naam@voorbeeld.nl) in.',
        en: 'Enter a phone number (such as 06 12345678) or an e-mail address (such as name@example.com).',
      },
    });
  }
  if (form.remark.trim().length > REMARK_MAX) {
    problems.push({
      field: 'remark',
      message: {
        nl: `Uw opmerking mag hoogstens ${REMARK_MAX} tekens lang zijn.`,
        en: `Your remark can be at most ${REMARK_MAX} characters.`,
      },
    });
  }
  if (form.consent !== 'yes') {
    problems.push({
      field: 'consent',
      message: {
        nl: 'Geef toestemming, anders kan de voorziening geen contact met u opnemen.',
        en: 'Give your consent, otherwise the provision cannot contact you.',
      },
    });
  }
  return problems;
}

export function joinRequestValues(form: JoinRequestForm): JoinRequestValues {
  const remark = form.remark.trim();
  return { name: form.name.trim(), contact: form.contact.trim(), remark: remark || null };
}

/** The form's one-time key: the moment it was shown, and a random part. */
export function newFormKey(shownAt: Date, random: string): string {
  return `${shownAt.getTime()}-${random}`;
}

const FORM_KEY = /^(\d{13})-([0-9a-f-]{36})$/;

export type SpamVerdict = 'ok' | 'robot' | 'too_fast' | 'expired' | 'invalid_key';

/**
 * Whether to store the request. A filled-in hidden field is a robot (it is told "thank you",
 * and nothing is stored); a form sent within seconds is asked to be sent again.
 */
export function spamVerdict(form: JoinRequestForm, now: Date): SpamVerdict {
  if (form.website.trim() !== '') return 'robot';
  const match = FORM_KEY.exec(form.formKey);
  if (!match) return 'invalid_key';
  const elapsed = now.getTime() - Number(match[1]);
  if (elapsed < MINIMUM_FILL_MS) return 'too_fast';
  if (elapsed > FORM_VALID_MS) return 'expired';
  return 'ok';
}
