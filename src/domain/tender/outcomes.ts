/**
 * The outcomes of ranking and allocation (docs/rules/assessment-and-ranking.md) and how a
 * decision names them.
 * Pure data with no Node imports, so the web app shares it with the server.
 */
export const TENDER_OUTCOMES = [
  'granted',
  'partially_granted',
  'not_granted_ceiling',
  'rejected_criterion_below_6',
  'rejected_general_conditions',
  'late',
] as const;
export type TenderOutcome = (typeof TENDER_OUTCOMES)[number];

export const OUTCOME_TITLES: Record<TenderOutcome, string> = {
  granted: 'Subsidie verleend',
  partially_granted: 'Subsidie gedeeltelijk verleend',
  not_granted_ceiling: 'Subsidie geweigerd: subsidieplafond bereikt',
  rejected_criterion_below_6: 'Subsidie geweigerd: een criterium onvoldoende',
  rejected_general_conditions: 'Subsidie geweigerd: niet voldaan aan de algemene voorwaarden',
  late: 'Aanvraag niet in behandeling genomen: te laat ingediend',
};

/**
 * Outcomes a decision can have besides those of the ranking: an application set aside because
 * it was not completed in time (Awb 4:5) never reaches the ranking.
 */
export const DECISION_OUTCOMES = [...TENDER_OUTCOMES, 'set_aside'] as const;
export type DecisionOutcome = (typeof DECISION_OUTCOMES)[number];

export const DECISION_TITLES: Record<DecisionOutcome, string> = {
  ...OUTCOME_TITLES,
  set_aside: 'Aanvraag buiten behandeling gesteld: niet aangevuld',
};
