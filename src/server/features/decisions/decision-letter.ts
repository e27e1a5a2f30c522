/**
 * The decision letter (beschikking), as PDF and as accessible HTML from the same data, so
 * both say exactly the same: outcome and its ground, amount and period, obligations, every
 * criterion's final score and motivation, rank and ceiling, the lot where it decided, and
 * the objection clause (Awb 6:7, 6:8).
 */
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { formatDay } from '../../../domain/dates.ts';
import { CATEGORY_LABELS, type Category } from '../../../domain/tender/categories.ts';
import { OBJECTION_WEEKS } from '../../../domain/tender/objection.ts';
import { OUTCOME_TITLES } from '../../../domain/tender/outcomes.ts';
import type { TenderOutcome } from '../../../domain/tender/rank-and-allocate.ts';
import { formatEuros } from '../../platform/documents.ts';

export interface LetterScore {
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
  failedCriteria: string[];
  failedConditions: { label: string; reason: string }[];
  seed: string;
  tieBreak: string | null;
  deadlineDisplay: string;
  /** After a (partly) well-founded objection: the decision this one replaces. */
  replaces?: { reference: string; objectionReference: string } | undefined;
}

export { OUTCOME_TITLES };

/** The letter as paragraphs of plain text; both renderings are built from these. */
export function letterSections(
  l: DecisionLetter,
): { heading: string | null; paragraphs: string[] }[] {
  const period = `${formatDay(l.period.start)} tot en met ${formatDay(l.period.end)}`;
  const category = CATEGORY_LABELS[l.category].toLowerCase();
  const ceiling = `Het subsidieplafond voor ${category} in deze ronde is ${formatEuros(l.ceilingCents)}; daarvan is ${formatEuros(l.allocatedCents)} verdeeld.`;
  const outcome: string[] = (() => {
    switch (l.outcome) {
      case 'granted':
        return [
          `Wij verlenen u voor ${l.provisionName} een subsidie van ${formatEuros(l.grantedCents)} voor de periode ${period}.`,
          `Uw aanvraag staat op plaats ${l.rank} van de ${l.rankedCount} gerangschikte aanvragen, met ${l.total} punten. ${ceiling}`,
        ];
      case 'partially_granted':
        return [
          `Wij verlenen u voor ${l.provisionName} een subsidie van ${formatEuros(l.grantedCents)} voor de periode ${period}. Dat is minder dan de ${formatEuros(Math.min(l.requestedCents, l.eligibleCents))} die in aanmerking kwam, omdat met uw aanvraag het subsidieplafond werd bereikt; u krijgt het restant.`,
          `Uw aanvraag staat op plaats ${l.rank} van de ${l.rankedCount} gerangschikte aanvragen, met ${l.total} punten. ${ceiling}`,
        ];
      case 'not_granted_ceiling':
        return [
          `Wij weigeren de subsidie voor ${l.provisionName}, omdat het subsidieplafond is bereikt door aanvragen die hoger scoorden (artikel 4:25, tweede lid, Algemene wet bestuursrecht).`,
          `Uw aanvraag staat op plaats ${l.rank} van de ${l.rankedCount} gerangschikte aanvragen, met ${l.total} punten. ${ceiling}`,
        ];
      case 'rejected_criterion_below_6':
        return [
          `Wij weigeren de subsidie voor ${l.provisionName}, omdat uw aanvraag op ${l.failedCriteria.join(' en ')} minder dan 6 punten scoorde. Volgens de subsidieregeling moet een aanvraag op elk criterium minstens 6 punten (voldoende) halen.`,
        ];
      case 'rejected_general_conditions':
        return [
          `Wij weigeren de subsidie voor ${l.provisionName}, omdat uw organisatie niet voldoet aan de algemene voorwaarden. Uw aanvraag is daarom niet op de criteria beoordeeld.`,
          ...l.failedConditions.map((c) => `${c.label}: ${c.reason}`),
        ];
      case 'late':
        return [
          `Wij nemen uw aanvraag voor ${l.provisionName} niet in behandeling in deze ronde, omdat wij haar na de deadline van ${l.deadlineDisplay} ontvingen. Alle aanvragen van een ronde worden tegelijk beoordeeld; een aanvraag die te laat is, kan daarin niet meer meedoen.`,
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
      paragraphs: l.scores.map((s) =>
        `${s.label}: ${s.score ?? '—'} punten. ${s.motivation}`.trim(),
      ),
    });
  }
  if (l.tieBreak) {
    sections.push({
      heading: 'Loting',
      paragraphs: [
        `Uw aanvraag had evenveel punten als een andere. De volgorde is bepaald door loting: de SHA-256 van de openbare tekst "${l.seed}", een dubbele punt en het kenmerk van de aanvraag, oplopend. Voor uw aanvraag is dat ${l.tieBreak}. Iedereen kan dit narekenen.`,
      ],
    });
  }
  if (l.outcome === 'granted' || l.outcome === 'partially_granted') {
    sections.push({
      heading: 'Verplichtingen',
      paragraphs: [
        'U gebruikt de subsidie voor de activiteiten en kosten uit uw aanvraag. U legt na afloop van de periode verantwoording af over de deelnemers, de activiteiten, de kosten en de resultaten; daarna stellen wij de subsidie vast. Subsidie die niet is besteed zoals verleend, vorderen wij terug.',
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
    paragraphs: [
      `Bent u het niet eens met dit besluit? Dan kunt u binnen ${OBJECTION_WEEKS} weken na de dag waarop dit besluit is verzonden bezwaar maken (artikelen 6:7 en 6:8 Algemene wet bestuursrecht). Stuur uw bezwaarschrift aan het college van burgemeester en wethouders van ${l.municipalityName.replace(/^Gemeente /, '')}, ${l.objectionAddress}. Vermeld uw naam en adres, de datum, het kenmerk ${l.reference}, waarom u het niet eens bent met het besluit, en onderteken het bezwaarschrift.`,
    ],
  });
  return sections;
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
