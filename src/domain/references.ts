/**
 * References (kenmerken) of what the municipality registers: a series, the year and a number
 * counted per series and year, at least four digits: AV-2027-0012. A decision keeps the
 * series BS whether it follows the ranking, sets an application aside (Awb 4:5) or
 * replaces one after an objection, so letters and the objections register cite one series.
 */
export const REFERENCE_SERIES = {
  /** aanvraag */
  application: 'AV',
  /** beschikking */
  decision: 'BS',
  /** bezwaar */
  objection: 'BZ',
  /** subsidie: a grant, the reference on its payments */
  grant: 'SB',
  /** betaalrun */
  paymentRun: 'BT',
  /** vaststellingsbeschikking: the settlement letter of a grant */
  settlement: 'VS',
  /** wijziging, verlaging of intrekking van een subsidie */
  grantChange: 'WB',
  /** initiatief bij het Sociaal Investeringsfonds */
  initiative: 'SI',
} as const;
export type ReferenceSeries = keyof typeof REFERENCE_SERIES;

/** "AV-2027-0012": the number padded to four digits, never cut (the 10,000th is AV-2027-10000). */
export function formatReference(series: ReferenceSeries, year: number, number: number): string {
  return `${REFERENCE_SERIES[series]}-${year}-${String(number).padStart(4, '0')}`;
}
