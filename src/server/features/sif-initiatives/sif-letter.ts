/**
 * The decision letter on an initiative of the Sociaal Investeringsfonds, laid out as the other
 * letters (decisions/plain-letter.ts): the decision, its legal ground, the reasons (Awb 3:46),
 * the fund's free balance when it decided the outcome, and the objection clause.
 */
import { formatDay } from '../../../domain/dates.ts';
import {
  REFUSAL_GROUND_LABELS,
  type RefusalGround,
  SIF_CRITERIA,
  SIF_CRITERION_LABELS,
  SIF_MINIMUM_SCORE,
  SIF_PRIORITY_LABELS,
  type SifCriterion,
  type SifOutcome,
  type SifPriority,
} from '../../../domain/sif/initiative.ts';
import { formatEuros } from '../../platform/documents.ts';
import {
  type LetterSection,
  type PlainLetter,
  objectionSection,
} from '../decisions/plain-letter.ts';

export interface SifLetterFacts {
  municipalityName: string;
  objectionAddress: string;
  reference: string;
  initiativeReference: string;
  letterDate: string;
  objectionDeadline: string;
  addressLines: string[];
  title: string;
  priorities: readonly SifPriority[];
  period: { start: string; end: string };
  requestedCents: number;
  receivedDay: string;
  decisionDueDay: string;
  outcome: SifOutcome;
  grantedCents: number;
  refusalGround: RefusalGround | null;
  freeCents: number;
  means: Partial<Record<SifCriterion, number>>;
  reasons: string;
  lateReason: string;
}

/** The legal grounds the letter cites; the fund's free balance acts as its subsidy ceiling. */
export const SIF_LEGAL_GROUND =
  'artikel 4:23 en volgende van de Algemene wet bestuursrecht en de regeling Sociaal Investeringsfonds van de gemeenteraad';
export const FUND_CEILING_GROUND =
  'artikel 4:25, tweede lid, Algemene wet bestuursrecht: subsidie wordt geweigerd voor zover het subsidieplafond, hier het vrije saldo van het Sociaal Investeringsfonds, zou worden overschreden';

function decisionParagraph(f: SifLetterFacts): string {
  const what = `uw initiatief "${f.title}" (${f.initiativeReference})`;
  switch (f.outcome) {
    case 'granted':
      return `Wij verlenen voor ${what} een subsidie van ${formatEuros(f.grantedCents)} uit het Sociaal Investeringsfonds, voor de periode ${formatDay(f.period.start)} tot en met ${formatDay(f.period.end)}.`;
    case 'partially_granted':
      return `Wij verlenen voor ${what} een subsidie van ${formatEuros(f.grantedCents)} uit het Sociaal Investeringsfonds, voor de periode ${formatDay(f.period.start)} tot en met ${formatDay(f.period.end)}. U vroeg ${formatEuros(f.requestedCents)}; voor ${formatEuros(f.requestedCents - f.grantedCents)} weigeren wij de subsidie.`;
    case 'refused':
      return `Wij weigeren de subsidie van ${formatEuros(f.requestedCents)} die u voor ${what} uit het Sociaal Investeringsfonds vroeg.`;
  }
}

export function sifDecisionLetter(f: SifLetterFacts): PlainLetter {
  const fundLimited = f.refusalGround === 'fund_exhausted' || f.outcome === 'partially_granted';
  const grounds = [`Dit besluit berust op ${SIF_LEGAL_GROUND}.`];
  if (fundLimited) grounds.push(`De weigering berust op ${FUND_CEILING_GROUND}.`);
  const scores = SIF_CRITERIA.map((c) => `${SIF_CRITERION_LABELS[c]}: ${f.means[c] ?? '–'}`).join(
    '; ',
  );
  const reasons: string[] = [
    `Het initiatief dient de prioriteiten ${f.priorities.map((p) => SIF_PRIORITY_LABELS[p].toLowerCase()).join(', ')}. Twee beoordelaars hebben het beoordeeld op de criteria van de regeling (scores van 0 tot en met 10, op elk criterium minstens ${SIF_MINIMUM_SCORE}). De gemiddelde scores: ${scores}.`,
  ];
  if (f.refusalGround)
    reasons.push(
      `Grond van de weigering: ${REFUSAL_GROUND_LABELS[f.refusalGround].toLowerCase()}.`,
    );
  if (fundLimited || f.outcome === 'granted')
    reasons.push(
      `Op het moment van dit besluit was in het fonds ${formatEuros(f.freeCents)} vrij te besteden.`,
    );
  if (f.reasons.trim() !== '') reasons.push(f.reasons.trim());
  const sections: LetterSection[] = [
    { heading: 'Besluit', paragraphs: [decisionParagraph(f)] },
    { heading: 'Wettelijke grondslag', paragraphs: grounds },
    { heading: 'Motivering', paragraphs: reasons },
  ];
  sections.push({
    heading: 'Beslistermijn',
    paragraphs: [
      f.lateReason.trim() === ''
        ? `Wij ontvingen uw aanvraag op ${formatDay(f.receivedDay)} en beslissen binnen de termijn van acht weken (artikel 4:13 Awb), die liep tot en met ${formatDay(f.decisionDueDay)}.`
        : `Wij ontvingen uw aanvraag op ${formatDay(f.receivedDay)}. De beslistermijn van acht weken (artikel 4:13 Awb) liep tot en met ${formatDay(f.decisionDueDay)}; wij beslissen later, omdat: ${f.lateReason.trim()}`,
    ],
  });
  if (f.outcome !== 'refused')
    sections.push({
      heading: 'Voorschotten, verantwoording en impact',
      paragraphs: [
        'De subsidie wordt in voorschotten betaald. Na afloop legt u verantwoording af in Samenredzaam, met een impactverslag: het bereik van kwetsbare inwoners, de invloed op individuele voorzieningen en de structurele verandering die het initiatief bracht. Daarna stellen wij de subsidie vast (artikel 4:46 Awb).',
      ],
    });
  sections.push(
    objectionSection({
      municipalityName: f.municipalityName,
      objectionAddress: f.objectionAddress,
      reference: f.reference,
      objectionDeadline: f.objectionDeadline,
    }),
  );
  return {
    municipalityName: f.municipalityName,
    kind: 'Beschikking',
    subject: `Uw initiatief bij het Sociaal Investeringsfonds: ${f.title}`,
    reference: f.reference,
    letterDate: f.letterDate,
    addressLines: f.addressLines,
    rows: [['Uw aanvraag', f.initiativeReference]],
    sections,
  };
}
