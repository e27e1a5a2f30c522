/**
 * Changes to a grant after it was granted (docs/rules/grant-lifecycle.md, "Wijzigen, verlagen
 * en intrekken"): what an organisation may ask (another period, a shift between its budget
 * lines, a changed activity) and what is wrong with a request, in Dutch per field; and the
 * lowering or withdrawal of a grant by the municipality (Awb 4:48) with its effect on the
 * schedule of advances: paid terms stay, unpaid terms shrink so the advances never add up to
 * more than the new amount, and what was paid above it is reclaimed.
 */
import { isValidDay } from '../dates.ts';
import { type GrantPeriod, type PaymentTerm, splitEvenly } from './payment-schedule.ts';

export const CHANGE_KINDS = ['period', 'budget_shift', 'activity'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

export const CHANGE_KIND_LABELS: Record<ChangeKind, string> = {
  period: 'Andere subsidieperiode',
  budget_shift: 'Bedragen verschuiven tussen begrotingsposten',
  activity: 'Andere of gewijzigde activiteit',
};

/** How far a period may move: it starts no earlier, and ends at most six months later. */
export const PERIOD_EXTENSION_MONTHS = 6;
/** A grant's period is at most this many months long. */
export const PERIOD_MAX_MONTHS = 12;

export interface ChangeProblem {
  path: string;
  message: string;
}

/** The day `months` calendar months after `day`, clamped to the month's last day. */
export function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(year).padStart(4, '0')}-${pad(month)}-${pad(Math.min(d, last))}`;
}

/**
 * A new period is reasonable when it starts no earlier than the granted one (what was not
 * granted cannot be subsidised afterwards), ends no more than six months after the granted
 * end, lasts at most twelve months, and differs from the granted period.
 */
export function periodChangeProblems(current: GrantPeriod, wanted: GrantPeriod): ChangeProblem[] {
  const problems: ChangeProblem[] = [];
  if (!isValidDay(wanted.start))
    problems.push({ path: 'periodStart', message: 'Vul een geldige begindatum in.' });
  if (!isValidDay(wanted.end))
    problems.push({ path: 'periodEnd', message: 'Vul een geldige einddatum in.' });
  if (problems.length > 0) return problems;
  if (wanted.start < current.start)
    problems.push({
      path: 'periodStart',
      message: 'De nieuwe periode begint niet eerder dan de verleende periode.',
    });
  if (wanted.end < wanted.start) {
    problems.push({ path: 'periodEnd', message: 'De einddatum ligt vóór de begindatum.' });
  } else {
    if (wanted.end > addMonths(current.end, PERIOD_EXTENSION_MONTHS))
      problems.push({
        path: 'periodEnd',
        message: `De nieuwe periode eindigt hoogstens ${PERIOD_EXTENSION_MONTHS} maanden na de verleende einddatum.`,
      });
    if (wanted.end >= addMonths(wanted.start, PERIOD_MAX_MONTHS))
      problems.push({
        path: 'periodEnd',
        message: `Een subsidieperiode duurt hoogstens ${PERIOD_MAX_MONTHS} maanden.`,
      });
  }
  if (problems.length === 0 && wanted.start === current.start && wanted.end === current.end)
    problems.push({
      path: 'periodEnd',
      message: 'De nieuwe periode is gelijk aan de verleende periode.',
    });
  return problems;
}

/**
 * A budget shift gives a new amount for each line of the application's budget, in the same
 * order: whole cents, 0 or more, the same total as before, and at least one line different.
 */
export function budgetShiftProblems(
  currentCents: readonly number[],
  wantedCents: readonly number[],
): ChangeProblem[] {
  const problems: ChangeProblem[] = [];
  if (wantedCents.length !== currentCents.length) {
    return [
      {
        path: 'budgetLines',
        message: `Geef voor elk van de ${currentCents.length} begrotingsposten een bedrag.`,
      },
    ];
  }
  wantedCents.forEach((cents, i) => {
    if (!Number.isSafeInteger(cents) || cents < 0)
      problems.push({
        path: `budgetLines.${i}`,
        message: 'Een bedrag is € 0,00 of meer, in hele centen.',
      });
  });
  if (problems.length > 0) return problems;
  const before = currentCents.reduce((a, b) => a + b, 0);
  const after = wantedCents.reduce((a, b) => a + b, 0);
  if (after !== before)
    problems.push({
      path: 'budgetLines',
      message: `De posten tellen samen op tot het oorspronkelijke totaal (${euros(before)}); nu ${euros(after)}.`,
    });
  else if (wantedCents.every((c, i) => c === currentCents[i]))
    problems.push({ path: 'budgetLines', message: 'Verschuif minstens één bedrag.' });
  return problems;
}

/** An activity change is described in 20 to 4,000 characters. */
export function activityChangeProblems(description: string): ChangeProblem[] {
  const text = description.trim();
  if (text.length < 20)
    return [
      {
        path: 'activity',
        message: 'Beschrijf de wijziging van de activiteit in minstens 20 tekens.',
      },
    ];
  if (text.length > 4000)
    return [{ path: 'activity', message: 'De beschrijving is hoogstens 4.000 tekens.' }];
  return [];
}

/**
 * The grounds on which a grant may be withdrawn or lowered before it is settled: article 4:48,
 * first paragraph, under a to d, Algemene wet bestuursrecht.
 */
export const LOWERING_GROUNDS = ['a', 'b', 'c', 'd'] as const;
export type LoweringGround = (typeof LOWERING_GROUNDS)[number];

export const LOWERING_GROUND_TEXTS: Record<LoweringGround, string> = {
  a: 'de activiteiten vinden niet of niet geheel plaats',
  b: 'de subsidieontvanger heeft niet voldaan of zal niet voldoen aan de aan de subsidie verbonden verplichtingen',
  c: 'de subsidieontvanger heeft onjuiste of onvolledige gegevens verstrekt en juiste of volledige gegevens zouden tot een andere beschikking op de aanvraag hebben geleid',
  d: 'de subsidieverlening was anderszins onjuist en de subsidieontvanger wist dit of behoorde dit te weten',
};

/** "artikel 4:48, eerste lid, aanhef en onder a, Algemene wet bestuursrecht" */
export function loweringGroundArticle(ground: LoweringGround): string {
  return `artikel 4:48, eerste lid, aanhef en onder ${ground}, Algemene wet bestuursrecht`;
}

export interface ScheduledTerm extends PaymentTerm {
  paid: boolean;
}

export interface LoweredSchedule {
  /** The unpaid terms after lowering, in order; a term that would become € 0 is dropped. */
  unpaid: PaymentTerm[];
  paidCents: number;
  /** Paid above the new amount: reclaimed (Awb 4:57); 0 when the advances stay within it. */
  excessCents: number;
}

/**
 * The schedule after lowering a grant to `newCents` (0 withdraws it). Paid terms never
 * change. What is left of the new amount after the paid terms (never more than the unpaid
 * terms held before) is split evenly over the unpaid terms on their own days, the rest of the
 * division in the last one, in whole cents; a term that would be € 0 is dropped. So paid and
 * unpaid together never exceed the new amount. What was paid above it is the excess.
 */
export function scheduleAfterLowering(
  terms: readonly ScheduledTerm[],
  newCents: number,
): LoweredSchedule {
  if (!Number.isSafeInteger(newCents) || newCents < 0)
    throw new RangeError('newCents must be a whole number of cents, 0 or more');
  const paidCents = terms.filter((t) => t.paid).reduce((sum, t) => sum + t.amountCents, 0);
  const unpaidTerms = terms.filter((t) => !t.paid);
  const unpaidBefore = unpaidTerms.reduce((sum, t) => sum + t.amountCents, 0);
  const left = Math.min(unpaidBefore, Math.max(0, newCents - paidCents));
  const amounts = unpaidTerms.length > 0 ? splitEvenly(left, unpaidTerms.length) : [];
  return {
    unpaid: unpaidTerms
      .map((t, i) => ({ dueDay: t.dueDay, amountCents: amounts[i]! }))
      .filter((t) => t.amountCents > 0),
    paidCents,
    excessCents: Math.max(0, paidCents - newCents),
  };
}

/**
 * The unpaid terms after a grant is raised by `raiseCents` (a new decision after a
 * well-founded objection): the unpaid terms together hold the raise on top of what they held,
 * split evenly, the rest in the last; when every term is paid, one new term on `day`.
 */
export function scheduleAfterRaise(
  terms: readonly ScheduledTerm[],
  raiseCents: number,
  day: string,
): PaymentTerm[] {
  if (!Number.isSafeInteger(raiseCents) || raiseCents < 0)
    throw new RangeError('raiseCents must be a whole number of cents, 0 or more');
  const unpaidTerms = terms.filter((t) => !t.paid);
  if (unpaidTerms.length === 0)
    return raiseCents > 0 ? [{ dueDay: day, amountCents: raiseCents }] : [];
  const total = unpaidTerms.reduce((sum, t) => sum + t.amountCents, 0) + raiseCents;
  const amounts = splitEvenly(total, unpaidTerms.length);
  return unpaidTerms
    .map((t, i) => ({ dueDay: t.dueDay, amountCents: amounts[i]! }))
    .filter((t) => t.amountCents > 0);
}

/**
 * The unpaid terms of a grant whose period changed: a term due before the new start moves to
 * the start, one due after the new end to the end; amounts stay.
 */
export function termsWithinPeriod(
  terms: readonly PaymentTerm[],
  period: GrantPeriod,
): PaymentTerm[] {
  return terms.map((t) => ({
    dueDay: t.dueDay < period.start ? period.start : t.dueDay > period.end ? period.end : t.dueDay,
    amountCents: t.amountCents,
  }));
}

/** What lowering to `newCents` may not be: more than granted now, or negative. */
export function loweringProblems(grantedCents: number, newCents: number): ChangeProblem[] {
  if (!Number.isSafeInteger(newCents) || newCents < 0)
    return [{ path: 'newCents', message: 'Vul een bedrag in van € 0,00 of meer, in hele centen.' }];
  if (newCents >= grantedCents)
    return [
      {
        path: 'newCents',
        message: `Het nieuwe bedrag is lager dan het verleende bedrag (${euros(grantedCents)}).`,
      },
    ];
  return [];
}

/** € 1.234,56, as the letters write amounts. */
function euros(cents: number): string {
  return new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' }).format(cents / 100);
}
