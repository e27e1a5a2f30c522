/**
 * Scenarios of the return's assumptions (docs/rules/rendement.md). The 2018 example's
 * figures are the default scenario: fixed in the code, so nobody can change what the note says.
 * A policy officer makes other scenarios, each assumption with its source.
 */
import type { AssumptionKey, Assumptions } from './business-case.ts';
import { NOTE_2018_PARAMETERS } from './rendement.ts';

export const DEFAULT_SCENARIO_ID = 'nota-2018';

export interface ScenarioDefinition {
  id: string;
  name: string;
  assumptions: Assumptions;
  sources: Record<AssumptionKey, string>;
  /** The default scenario cannot be changed. */
  readOnly: boolean;
}

const NOTE = 'Beleidsnota algemene voorzieningen, §3.2.2 (cijfers 2018)';

export const DEFAULT_SCENARIO: ScenarioDefinition = {
  id: DEFAULT_SCENARIO_ID,
  name: 'Beleidsnota 2018 (standaard)',
  assumptions: NOTE_2018_PARAMETERS,
  sources: {
    shareWouldQualify: `${NOTE}: minimaal twee derde van de deelnemers zou voor maatwerk in aanmerking komen`,
    personsPerPlace: `${NOTE}: 1 plek wordt gemiddeld door 4 personen bemenst (1 op 2 tot 1 op 6)`,
    costPerPlaceCents: `${NOTE}: 1 plek begeleiding groep kost € 16.632 per jaar`,
    hoursPerApplication: `${NOTE}: een aanvraag begeleiding groep kost 3 à 4 uur werk`,
    productiveHoursPerFte: `${NOTE}: 980 uur is bijna 0,75 fte, dus 1.300 productieve uren per fte`,
    monthlyContributionCents: `${NOTE}: maximale eigen bijdrage € 19 per maand`,
  },
  readOnly: true,
};

/** Dutch names of the assumptions, as the page and the spreadsheet show them. */
export const ASSUMPTION_LABELS: Record<AssumptionKey, string> = {
  shareWouldQualify: 'Deel dat anders maatwerk zou krijgen',
  personsPerPlace: 'Personen per maatwerkplek',
  costPerPlaceCents: 'Kosten per maatwerkplek per jaar',
  hoursPerApplication: 'Uren per maatwerkaanvraag',
  productiveHoursPerFte: 'Productieve uren per fte per jaar',
  monthlyContributionCents: 'Eigen bijdrage per maand',
};
