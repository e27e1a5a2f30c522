/**
 * The criteria the software computes, with the calculation in words: prijs compares the
 * applications of a category that take part in the price comparison (on time, not failed on
 * the general conditions); tegenprestatie (services only) is 10 or 6.
 */
import type { ApplicationContent } from '../../../domain/applications/application-content.ts';
import type { Category } from '../../../domain/tender/categories.ts';
import { explainPriceScores, priceNumeratorCents } from '../../../domain/tender/price-score.ts';
import {
  RETURN_SERVICE_SCORES,
  reachForRanking,
} from '../../../domain/tender/rank-and-allocate.ts';
import { formatEuros } from '../../platform/documents.ts';

export interface ComparedApplication {
  id: string;
  reference: string;
  category: Category;
  content: ApplicationContent;
  takesPart: boolean;
}

export interface AutomaticScore {
  criterion: 'prijs' | 'tegenprestatie';
  score: number | null;
  calculation: string;
}

const number = (n: number) => new Intl.NumberFormat('nl-NL').format(n);
const decimal = (s: string) => s.replace('.', ',');

export function automaticScores(
  applications: readonly ComparedApplication[],
): Map<string, AutomaticScore[]> {
  const result = new Map<string, AutomaticScore[]>();
  const entries = applications
    .filter((a) => a.takesPart)
    .map((a) => ({
      application: a,
      reach: reachForRanking(a.content.reach),
      numeratorCents: priceNumeratorCents(a.category, a.content.budgetLines),
    }))
    .filter((e) => e.numeratorCents > 0);
  const explanations = new Map(
    explainPriceScores(
      entries.map((e) => ({
        reference: e.application.id,
        numeratorCents: e.numeratorCents,
        reach: e.reach,
      })),
    ).map((x) => [x.reference, x]),
  );
  for (const a of applications) {
    const x = explanations.get(a.id);
    const reach = reachForRanking(a.content.reach);
    const prijs: AutomaticScore = x
      ? {
          criterion: 'prijs',
          score: x.score,
          calculation:
            `Kosten voor de prijs ${formatEuros(x.numeratorCents)} ÷ bereik ${number(x.annualReach)} ` +
            `(${reach.participants} deelnemers × ${reach.dayPartsPerWeek} dagdelen per week × ${reach.weeksPerYear} weken) ` +
            `= ${decimal(x.indexCents)} cent per deelnemer per dagdeel. De laagste in deze categorie is ${decimal(x.lowestIndexCents)} cent; ` +
            `10 × laagste ÷ eigen, afgerond = ${x.score}.`,
        }
      : {
          criterion: 'prijs',
          score: null,
          calculation: a.takesPart
            ? 'Geen prijsscore: de aanvraag heeft geen kosten voor de prijs.'
            : 'Geen prijsscore: de aanvraag doet niet mee in de prijsvergelijking (te laat of niet aan de algemene voorwaarden voldaan).',
        };
    const scores = [prijs];
    if (a.category === 'services') {
      const service = a.content.returnService;
      scores.push({
        criterion: 'tegenprestatie',
        score: service ? RETURN_SERVICE_SCORES[service] : null,
        calculation:
          service === 'tegenprestatie'
            ? 'Inwoners leveren een tegenprestatie: 10 punten.'
            : service === 'fee'
              ? 'Inwoners betalen een kleine vergoeding: 6 punten.'
              : 'Niet opgegeven.',
      });
    }
    result.set(a.id, scores);
  }
  return result;
}
