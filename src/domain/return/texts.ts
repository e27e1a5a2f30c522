/**
 * The Dutch words of the return, shared by the page and the spreadsheet: the value of an
 * assumption, why a group claims no return, and the sum behind a figure, so anyone can redo it.
 */
import type { AssumptionKey, Assumptions, NoClaimReason } from './business-case.ts';
import type { RendementInput, RendementOutput } from './rendement.ts';

const euroFormat = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' });
const numberFormat = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 });

export const euros = (cents: number): string => euroFormat.format(cents / 100);
export const decimal = (value: number): string => numberFormat.format(value);

export function assumptionValueText(key: AssumptionKey, assumptions: Assumptions): string {
  switch (key) {
    case 'shareWouldQualify': {
      const { numerator, denominator } = assumptions.shareWouldQualify;
      return `${numerator}/${denominator}`;
    }
    case 'personsPerPlace':
      return `${decimal(assumptions.personsPerPlace)} personen`;
    case 'costPerPlaceCents':
      return euros(assumptions.costPerPlaceCents);
    case 'hoursPerApplication':
      return `${decimal(assumptions.hoursPerApplication)} uur`;
    case 'productiveHoursPerFte':
      return `${decimal(assumptions.productiveHoursPerFte)} uur`;
    case 'monthlyContributionCents':
      return euros(assumptions.monthlyContributionCents);
  }
}

export const NO_CLAIM_TEXTS: Record<NoClaimReason, string> = {
  no_route_participants:
    'Geen rendement: geen deelnemers via het sociaal team of Sociale Zaken, dus geen vermeden maatwerk.',
  all_with_maatwerk:
    'Geen rendement: alle deelnemers via het sociaal team of Sociale Zaken hebben (ook) maatwerk.',
  small_number:
    'Geen bedrag: minder dan 5 deelnemers tellen mee, en een bedrag zou hun aantal verraden.',
};

export function noClaimText(reason: NoClaimReason): string {
  return NO_CLAIM_TEXTS[reason];
}

/** The sums behind the saving and the hours, with the numbers filled in. */
export function explainReturn(input: RendementInput, result: RendementOutput): string[] {
  const { numerator, denominator } = input.shareWouldQualify;
  return [
    `${input.participants} deelnemers × ${numerator}/${denominator} = ${result.wouldQualify} zouden anders maatwerk krijgen (naar beneden afgerond).`,
    `${result.wouldQualify} ÷ ${decimal(input.personsPerPlace)} personen per plek × ${euros(input.costPerPlaceCents)} per plek = ${euros(result.avoidedCostCents)} vermeden maatwerkkosten.`,
    `${euros(result.avoidedCostCents)} − ${euros(input.subsidyCents)} subsidie = ${euros(result.savingCents)} besparing.`,
    `${result.wouldQualify} × ${decimal(input.hoursPerApplication)} uur per aanvraag = ${decimal(result.hoursSaved)} uur ≈ ${decimal(result.fteSaved)} fte (${decimal(input.productiveHoursPerFte)} uur per fte).`,
    `Gemiste eigen bijdrage: ${result.wouldQualify} × 12 × ${euros(input.monthlyContributionCents)} = ${euros(result.contributionForgoneCents)} per jaar.`,
  ];
}
