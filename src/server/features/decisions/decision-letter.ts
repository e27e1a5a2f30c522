/**
 * The decision letter (beschikking), as PDF and as accessible HTML from the same data, so
 * both say exactly the same: outcome and its ground, amount and period, obligations, every
 * criterion's final score and motivation, rank and ceiling, the lot where it decided, and
 * the objection clause (Awb 6:7, 6:8, Atw). Every ground names the rule it rests on (Awb 3:46):
 * the article of the regulation that the scheme gives for it, the Awb for a ceiling reached,
 * and the numbers of the price calculation (docs/rules/decision-grounds.md).
 */
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { formatDay } from '../../../domain/dates.ts';
import {
  REPORT_DUE_WEEKS,
  TIER_IN_DUTCH,
  accountabilityTier,
  reportDueDay,
} from '../../../domain/grants/accountability.ts';
import { CATEGORY_LABELS, type Category } from '../../../domain/tender/categories.ts';
import type { PriceCalculation, TiedApplication } from '../../../domain/tender/decision-grounds.ts';
import { OUTCOME_TITLES } from '../../../domain/tender/outcomes.ts';
import type { TenderOutcome } from '../../../domain/tender/rank-and-allocate.ts';
import type { LegalGrounds } from '../../../domain/tender/scheme-definition.ts';
import { formatEuros } from '../../platform/documents.ts';
import { objectionClause } from './plain-letter.ts';

export interface LetterScore {
  criterion: string;
  label: string;
  score: number | null;
  motivation: string;
}

export interface DecisionLetter {
  municipalityName: string;
  objectionAddress: string;
  reference: string;
  applicationReference: string;
  letterDate: string;
  addressee: {
    organisation: string;
    street: string | null;
    postcodeCity: string | null;
    contact: string | null;
  };
  roundName: string;
  category: Category;
  provisionName: string;
  period: { start: string; end: string };
  outcome: TenderOutcome;
  requestedCents: number;
  eligibleCents: number;
  grantedCents: number;
  rank: number | null;
  total: number | null;
  rankedCount: number;
  ceilingCents: number;
  allocatedCents: number;
  scores: LetterScore[];
  failedCriteria: { criterion: string; label: string; score: number }[];
  failedConditions: { label: string; reason: string }[];
  /** The articles of the regulation the grounds rest on, as the round froze them. */
  grounds: LegalGrounds;
  /** The price calculation, when the application took part in the price comparison. */
  price: PriceCalculation | null;
  /** Labels of the budget kinds that are eligible in the category. */
  eligibleKindLabels: string[];
  seed: string;
  /** The tied applications in the order the lot gave them; empty when no lot was drawn. */
  tied: TiedApplication[];
  deadlineDisplay: string;
  /** After a (partly) well-founded objection: the decision this one replaces. */
  replaces?: { reference: string; objectionReference: string } | undefined;
}

export { OUTCOME_TITLES };

const PARTIAL_REFUSAL =
  'Subsidie wordt geweigerd voor zover door verstrekking van de subsidie het subsidieplafond zou worden overschreden (artikel 4:25, tweede lid, Algemene wet bestuursrecht).';

const wholeNumber = (n: number) => new Intl.NumberFormat('nl-NL').format(n);
const decimal = (value: string) => value.replace('.', ',');

/** The price score in numbers: own index, lowest index, the formula and the result. */
export function priceCalculationText(p: PriceCalculation, article: string): string {
  return (
    `De prijsscore is berekend volgens ${article}. ` +
    `Kosten voor de prijs ${formatEuros(p.numeratorCents)} ÷ bereik per jaar ${wholeNumber(p.annualReach)} ` +
    `(${p.participants} deelnemers × ${p.dayPartsPerWeek} dagdelen per week × ${p.weeksPerYear} weken) ` +
    `= eigen index ${decimal(p.ownIndexCents)} cent per deelnemer per dagdeel. ` +
    `De laagste index in deze categorie is ${decimal(p.lowestIndexCents)} cent. ` +
    `Score = round_half_up(10 × laagste ÷ eigen) = round_half_up(10 × ${decimal(p.lowestIndexCents)} ÷ ${decimal(p.ownIndexCents)}) ` +
    `= round_half_up(${decimal(p.unroundedScore)}) = ${p.score}: afgerond op hele punten, een half naar boven, ` +
    `berekend met de exacte bedragen.`
  );
}

/** The letter as paragraphs of plain text; both renderings are built from these. */
export function letterSections(
  l: DecisionLetter,
): { heading: string | null; paragraphs: string[] }[] {
  const g = l.grounds;
  const period = `${formatDay(l.period.start)} tot en met ${formatDay(l.period.end)}`;
  const category = CATEGORY_LABELS[l.category].toLowerCase();
  const ceiling = `Het subsidieplafond voor ${category} in deze ronde is ${formatEuros(l.ceilingCents)}; daarvan is ${formatEuros(l.allocatedCents)} verdeeld.`;
  const place = `Uw aanvraag staat op plaats ${l.rank} van de ${l.rankedCount} gerangschikte aanvragen, met ${l.total} punten.`;
  const ranked = `Uw aanvraag haalt op elk criterium minstens 6 punten (${g.minimumScore}). ${place} De aanvragen worden in volgorde van hun totaal gehonoreerd tot het subsidieplafond is bereikt (${g.rankingAndCeiling}). ${ceiling}`;
  const eligibleAmount = Math.min(l.requestedCents, l.eligibleCents);
  const eligibleCosts =
    l.eligibleCents < l.requestedCents
      ? [
          `U vroeg ${formatEuros(l.requestedCents)}. Daarvan komt ${formatEuros(l.eligibleCents)} voor subsidie in aanmerking, omdat in deze categorie alleen deze kosten subsidiabel zijn: ${l.eligibleKindLabels.join('; ')} (${g.eligibleCosts}).`,
        ]
      : [];
  const priceFailed = l.failedCriteria.some((c) => c.criterion === 'prijs');
  const outcome: string[] = (() => {
    switch (l.outcome) {
      case 'granted':
        return [
          `Wij verlenen u voor ${l.provisionName} een subsidie van ${formatEuros(l.grantedCents)} voor de periode ${period}.`,
          ranked,
          ...eligibleCosts,
        ];
      case 'partially_granted':
        return [
          `Wij verlenen u voor ${l.provisionName} een subsidie van ${formatEuros(l.grantedCents)} voor de periode ${period}. Voor het overige weigeren wij de subsidie.`,
          `Voor uw aanvraag kwam ${formatEuros(eligibleAmount)} in aanmerking. Met uw aanvraag wordt het subsidieplafond bereikt: na de aanvragen die in de rangschikking vóór de uwe staan, resteerde ${formatEuros(l.grantedCents)}. ${PARTIAL_REFUSAL} U krijgt daarom het restant van het plafond (${g.rankingAndCeiling}).`,
          ranked,
          ...eligibleCosts,
        ];
      case 'not_granted_ceiling':
        return [
          `Wij weigeren de subsidie voor ${l.provisionName}. Uw aanvraag haalt op elk criterium minstens 6 punten (${g.minimumScore}), maar na de aanvragen die in de rangschikking vóór de uwe staan, laat het subsidieplafond geen ruimte meer voor uw aanvraag (${g.rankingAndCeiling}). ${PARTIAL_REFUSAL}`,
          `${place} ${ceiling}`,
        ];
      case 'rejected_criterion_below_6':
        return [
          `Wij weigeren de subsidie voor ${l.provisionName}, omdat uw aanvraag op ${l.failedCriteria.map((c) => `${c.label.toLowerCase()} (${c.score} ${c.score === 1 ? 'punt' : 'punten'})`).join(' en ')} minder dan 6 punten haalde. Een aanvraag moet op elk criterium minstens 6 punten (voldoende) halen, wat het totaal ook is (${g.minimumScore}).`,
          ...(priceFailed && l.price ? [priceCalculationText(l.price, g.price)] : []),
        ];
      case 'rejected_general_conditions':
        return [
          `Wij weigeren de subsidie voor ${l.provisionName}, omdat uw organisatie niet voldoet aan de algemene voorwaarden (${g.generalConditions}). Een aanvraag die niet aan de algemene voorwaarden voldoet, wordt niet op de criteria beoordeeld.`,
          ...l.failedConditions.map((c) => `${c.label}: ${c.reason}`),
        ];
      case 'late':
        return [
          `Wij nemen uw aanvraag voor ${l.provisionName} niet in behandeling in deze ronde, omdat wij haar na de deadline van ${l.deadlineDisplay} ontvingen. Een aanvraag moet vóór de deadline zijn ingediend (${g.lateSubmission}). Alle aanvragen van een ronde worden tegelijk beoordeeld; een aanvraag die te laat is, kan daarin niet meer meedoen.`,
        ];
    }
  })();
  const sections: { heading: string | null; paragraphs: string[] }[] = [
    {
      heading: null,
      paragraphs: [
        `Op uw aanvraag ${l.applicationReference} in ${l.roundName} (categorie ${category}) hebben wij het volgende besloten.`,
        ...(l.replaces
          ? [
              `Deze beschikking vervangt beschikking ${l.replaces.reference}, die wij hebben herroepen in de beslissing op uw bezwaar ${l.replaces.objectionReference} (artikel 7:11, tweede lid, Algemene wet bestuursrecht).`,
            ]
          : []),
      ],
    },
    { heading: 'Besluit', paragraphs: outcome },
  ];
  if (l.scores.length > 0 && l.outcome !== 'late' && l.outcome !== 'rejected_general_conditions') {
    sections.push({
      heading: 'Beoordeling',
      paragraphs: [
        `Uw aanvraag is beoordeeld op de criteria van ${g.criteria}. Elk criterium krijgt 0 tot en met 10 hele punten.`,
        ...l.scores.map((s) =>
          s.criterion === 'prijs' && l.price
            ? `${s.label}: ${s.score ?? '—'} punten. ${priceCalculationText(l.price, g.price)}`
            : `${s.label}: ${s.score ?? '—'} punten. ${s.motivation}`.trim(),
        ),
      ],
    });
  }
  if (l.tied.length > 1) {
    const others = l.tied.length - 1;
    sections.push({
      heading: 'Loting',
      paragraphs: [
        `Uw aanvraag had hetzelfde totaal (${l.total} punten) als ${others === 1 ? '1 andere aanvraag' : `${others} andere aanvragen`}. Bij een gelijk totaal bepaalt het lot de volgorde (${g.lot}). Voor elke aanvraag is de SHA-256 berekend van de openbare tekst "${l.seed}", een dubbele punt en het kenmerk van de aanvraag, geschreven als hexadecimale kleine letters; de laagste waarde komt eerst. De openbare tekst lag vast vóór de rangschikking. Het lot gaf deze volgorde:`,
        ...l.tied.map(
          (t) =>
            `Plaats ${t.rank}: ${t.reference}${t.reference === l.applicationReference ? ' (uw aanvraag)' : ''}, SHA-256 ${t.tieBreak}`,
        ),
        `Iedereen kan dit narekenen, met elk programma dat SHA-256 berekent (bijvoorbeeld: printf '%s' '${l.seed}:${l.applicationReference}' | sha256sum), of met de opdrachtregel van Samenredzaam op de invoer van de rangschikking: npm run --silent cli -- tender rank <invoer.json>.`,
      ],
    });
  }
  if (l.outcome === 'granted' || l.outcome === 'partially_granted') {
    sections.push({
      heading: 'Verplichtingen',
      paragraphs: [
        'U gebruikt de subsidie voor de activiteiten en kosten uit uw aanvraag.',
        ...accountabilityParagraphs(l.grantedCents, l.period.end),
        'Wijzigingen die gevolgen hebben voor de activiteiten of de kosten meldt u zo snel mogelijk.',
      ],
    });
  }
  if (l.replaces) {
    sections.push({
      heading: 'Beroep',
      paragraphs: [
        `Deze beschikking is deel van de beslissing op bezwaar ${l.replaces.objectionReference}. Daartegen staat geen bezwaar meer open, maar beroep bij de rechtbank, zoals de beslissing op bezwaar beschrijft.`,
      ],
    });
    return sections;
  }
  sections.push({
    heading: 'Bezwaar',
    paragraphs: [objectionClause(l)],
  });
  return sections;
}

/**
 * What the organisation accounts for, by the tier of the amount granted, and when
 * (docs/rules/grant-lifecycle.md).
 */
function accountabilityParagraphs(grantedCents: number, periodEnd: string): string[] {
  const tier = accountabilityTier(grantedCents);
  const settle =
    'Daarna stellen wij de subsidie vast (artikel 4:46 Algemene wet bestuursrecht). Subsidie die niet is besteed zoals verleend, vorderen wij terug (artikel 4:57 Algemene wet bestuursrecht).';
  if (tier === 'direct') {
    return [
      `Verantwoording: ${TIER_IN_DUTCH.direct} Bewaar daarom de gegevens waaruit blijkt dat u de activiteiten hebt uitgevoerd. Na afloop van de periode vraagt u de vaststelling aan, uiterlijk ${formatDay(reportDueDay(periodEnd))}. ${settle}`,
    ];
  }
  return [
    `Verantwoording: ${TIER_IN_DUTCH[tier]} Daarin staan ook de deelnemers, de activiteiten, de kosten en de resultaten.`,
    `U dient de verantwoording in uiterlijk ${formatDay(reportDueDay(periodEnd))}, ${REPORT_DUE_WEEKS} weken na afloop van de subsidieperiode. ${settle}`,
  ];
}

export function decisionPdf(l: DecisionLetter): TDocumentDefinitions {
  const sections = letterSections(l);
  const addressLines = [
    l.addressee.organisation,
    l.addressee.contact ? `t.a.v. ${l.addressee.contact}` : null,
    l.addressee.street,
    l.addressee.postcodeCity,
  ].filter((x): x is string => Boolean(x));
  const content: Content[] = [
    { text: l.municipalityName, fontSize: 16, bold: true },
    { text: 'Subsidie algemene voorzieningen', color: '#555555', margin: [0, 0, 0, 24] },
    { text: addressLines.join('\n'), margin: [0, 0, 0, 18] },
    {
      table: {
        widths: [110, '*'],
        body: [
          [{ text: 'Datum', bold: true }, formatDay(l.letterDate)],
          [{ text: 'Kenmerk', bold: true }, l.reference],
          [{ text: 'Uw aanvraag', bold: true }, l.applicationReference],
          [{ text: 'Onderwerp', bold: true }, OUTCOME_TITLES[l.outcome]],
        ],
      },
      layout: 'noBorders',
      margin: [0, 0, 0, 18],
    },
    { text: 'Beschikking', fontSize: 14, bold: true, margin: [0, 0, 0, 8] },
  ];
  for (const section of sections) {
    if (section.heading)
      content.push({ text: section.heading, fontSize: 12, bold: true, margin: [0, 12, 0, 4] });
    for (const paragraph of section.paragraphs)
      content.push({ text: paragraph, margin: [0, 0, 0, 6] });
  }
  content.push({
    text: `Met vriendelijke groet,\nhet college van burgemeester en wethouders van ${l.municipalityName.replace(/^Gemeente /, '')}`,
    margin: [0, 18, 0, 0],
  });
  return {
    info: {
      title: `Beschikking ${l.reference}`,
      author: l.municipalityName,
      subject: OUTCOME_TITLES[l.outcome],
    },
    pageSize: 'A4',
    pageMargins: [56, 64, 56, 64],
    defaultStyle: { font: 'Roboto', fontSize: 10, lineHeight: 1.3 },
    footer: (page, pages) => ({
      text: `${l.reference} · pagina ${page} van ${pages}`,
      alignment: 'center',
      fontSize: 8,
      margin: [0, 24, 0, 0],
    }),
    content,
  };
}

const escape = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

/** The same letter as an HTML fragment for the portal (headings start at h2: the page has the h1). */
export function decisionHtml(l: DecisionLetter): string {
  const parts = [
    `<p>${escape(l.municipalityName)}<br>Datum: ${escape(formatDay(l.letterDate))}<br>Kenmerk: ${escape(l.reference)}<br>Uw aanvraag: ${escape(l.applicationReference)}</p>`,
    `<h2>${escape(OUTCOME_TITLES[l.outcome])}</h2>`,
  ];
  for (const section of letterSections(l)) {
    if (section.heading) parts.push(`<h3>${escape(section.heading)}</h3>`);
    for (const paragraph of section.paragraphs) parts.push(`<p>${escape(paragraph)}</p>`);
  }
  return parts.join('\n');
}
