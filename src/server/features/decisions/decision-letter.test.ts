/**
 * The reasons in the decision letters (Awb 3:46), read from the HTML the applicant sees. The
 * letters are made from a real ranking of one living-room round with every outcome in it.
 */
import { describe, expect, it } from 'vitest';
import { BUDGET_KIND_LABELS } from '../../../domain/tender/categories.ts';
import { priceCalculation, tiedGroup } from '../../../domain/tender/decision-grounds.ts';
import {
  type TenderApplicationInput,
  type TenderRankInput,
  rankAndAllocate,
} from '../../../domain/tender/rank-and-allocate.ts';
import { DEFAULT_LEGAL_GROUNDS } from '../../../domain/tender/scheme-definition.ts';
import { defaultSchemeDefinition } from '../../../domain/tender/scheme-definition.ts';
import { renderPdf } from '../../platform/documents.ts';
import { receiptDefinition } from '../applications/receipt.ts';
import { emptyContent } from '../../../domain/applications/application-content.ts';
import { letterPdf } from '../double-financing/signals/provider-letter.ts';
import { type DecisionLetter, decisionHtml, decisionPdf } from './decision-letter.ts';
import { plainLetterPdf } from './plain-letter.ts';

const REACH = { participants: 35, dayPartsPerWeek: 5, weeksPerYear: 48 }; // 8.400 day parts
const GOOD = { samenwerking: 8, resultaat: 8, inclusie: 7, duurzaamheid: 7 };

function application(
  reference: string,
  fixedCents: number,
  change: Partial<TenderApplicationInput> = {},
): TenderApplicationInput {
  return {
    reference,
    submittedOnTime: true,
    meetsGeneralConditions: true,
    requestedCents: fixedCents,
    budget: [{ kind: 'fixed_costs', cents: fixedCents }],
    reach: REACH,
    scores: GOOD,
    ...change,
  };
}

// Ceiling € 30.000. 0001: € 16.000 eligible of € 18.000 asked (refreshments are not
// eligible), the lowest index → prijs 10, total 41, granted. 0002 and 0003: € 20.000 each,
// prijs 8, total 38: a tie; the lot puts 0002 first (SHA-256 101f… < 43fe…), which gets the
// remaining € 14.000; 0003 gets nothing. 0004: samenwerking 5. 0005: € 29.500 → prijs 5.
// 0006 fails a general condition; 0007 was late.
const input: TenderRankInput = {
  category: 'living_room',
  ceilingCents: 3_000_000,
  seed: 'Testronde 2027 loting',
  partialGrant: true,
  eligibleKinds: ['fixed_costs'],
  applications: [
    application('AV-2027-0001', 1_600_000, {
      requestedCents: 1_800_000,
      budget: [
        { kind: 'fixed_costs', cents: 1_600_000 },
        { kind: 'refreshments', cents: 300_000 },
      ],
      scores: { samenwerking: 8, resultaat: 8, inclusie: 8, duurzaamheid: 7 },
    }),
    application('AV-2027-0002', 2_000_000),
    application('AV-2027-0003', 2_000_000),
    application('AV-2027-0004', 2_000_000, { scores: { ...GOOD, samenwerking: 5 } }),
    application('AV-2027-0005', 2_950_000),
    application('AV-2027-0006', 1_000_000, { meetsGeneralConditions: false, scores: undefined }),
    application('AV-2027-0007', 1_000_000, { submittedOnTime: false, scores: undefined }),
  ],
};
const output = rankAndAllocate(input);

const LABELS: Record<string, string> = {
  samenwerking: 'Samenwerking',
  resultaat: 'Resultaat',
  prijs: 'Prijs',
  inclusie: 'Inclusie',
  duurzaamheid: 'Duurzaamheid',
};

function letterFor(reference: string): DecisionLetter {
  const result = output.applications.find((a) => a.reference === reference)!;
  const asked = input.applications.find((a) => a.reference === reference)!;
  return {
    municipalityName: 'Gemeente Maastricht',
    objectionAddress: 'Postbus 0000, 6200 AA Maastricht',
    reference: `BS-2027-${reference.slice(-4)}`,
    applicationReference: reference,
    letterDate: '2027-03-20',
    addressee: { organisation: 'Stichting', street: null, postcodeCity: null, contact: null },
    roundName: 'Testronde 2027',
    category: 'living_room',
    provisionName: 'Huiskamer De Lindeboom',
    period: { start: '2027-01-01', end: '2027-12-31' },
    outcome: result.outcome,
    requestedCents: asked.requestedCents,
    eligibleCents: result.eligibleCents,
    grantedCents: result.grantedCents,
    rank: result.rank,
    total: result.total,
    rankedCount: output.applications.filter((a) => a.rank !== null).length,
    ceilingCents: output.ceilingCents,
    allocatedCents: output.allocatedCents,
    scores: Object.entries(result.scores).map(([criterion, score]) => ({
      criterion,
      label: LABELS[criterion]!,
      score: score ?? null,
      motivation: criterion === 'prijs' ? '' : 'Goed onderbouwd.',
    })),
    failedCriteria: Object.entries(result.scores)
      .filter(([, score]) => score !== null && score !== undefined && score < 6)
      .map(([criterion, score]) => ({ criterion, label: LABELS[criterion]!, score: score! })),
    failedConditions:
      reference === 'AV-2027-0006'
        ? [{ label: 'Verklaring omtrent het gedrag (VOG)', reason: 'Er is geen VOG.' }]
        : [],
    grounds: DEFAULT_LEGAL_GROUNDS,
    price: priceCalculation(input, reference),
    eligibleKindLabels: [BUDGET_KIND_LABELS.fixed_costs],
    seed: output.seed,
    tied: tiedGroup(output, reference),
    deadlineDisplay: '1 maart 2027 om 12:00 (Nederlandse tijd)',
  };
}

/** The letter's text as a reader sees it: tags out, entities and no-break spaces decoded. */
function letterText(reference: string): string {
  return decisionHtml(letterFor(reference))
    .replace(/<[^>]+>/g, ' ')
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&')
    .replaceAll('\u00a0', ' ');
}

const REGULATION = 'Subsidieregeling Algemene Voorzieningen 2020';

describe('the ranking behind the letters', () => {
  it('has every outcome', () => {
    expect(output.applications.map((a) => [a.reference, a.outcome, a.grantedCents])).toEqual([
      ['AV-2027-0001', 'granted', 1_600_000],
      ['AV-2027-0002', 'partially_granted', 1_400_000],
      ['AV-2027-0003', 'not_granted_ceiling', 0],
      ['AV-2027-0004', 'rejected_criterion_below_6', 0],
      ['AV-2027-0005', 'rejected_criterion_below_6', 0],
      ['AV-2027-0006', 'rejected_general_conditions', 0],
      ['AV-2027-0007', 'late', 0],
    ]);
  });
});

describe('a decision letter gives its reasons', () => {
  it('granted: the minimum score, the ranking under the ceiling and the eligible costs, each with its article', () => {
    const text = letterText('AV-2027-0001');
    expect(text).toContain(
      'Wij verlenen u voor Huiskamer De Lindeboom een subsidie van € 16.000,00 voor de periode 1 januari 2027 tot en met 31 december 2027.',
    );
    expect(text).toContain(
      `Uw aanvraag haalt op elk criterium minstens 6 punten (artikel 7, tweede lid, ${REGULATION}). Uw aanvraag staat op plaats 1 van de 3 gerangschikte aanvragen, met 41 punten. De aanvragen worden in volgorde van hun totaal gehonoreerd tot het subsidieplafond is bereikt (artikel 9, eerste en tweede lid, ${REGULATION}).`,
    );
    expect(text).toContain(
      `U vroeg € 18.000,00. Daarvan komt € 16.000,00 voor subsidie in aanmerking, omdat in deze categorie alleen deze kosten subsidiabel zijn: Vaste lasten (huur, energie, verzekering, schoonmaak, telefoon/internet) (artikel 6 ${REGULATION}).`,
    );
    expect(text).toContain(
      `Uw aanvraag is beoordeeld op de criteria van artikel 7, eerste lid, ${REGULATION}.`,
    );
    // Also a score on price shows its calculation.
    expect(text).toContain(
      'Prijs: 10 punten. De prijsscore is berekend volgens artikel 8 Subsidieregeling Algemene Voorzieningen 2020. Kosten voor de prijs € 16.000,00 ÷ bereik per jaar 8.400 (35 deelnemers × 5 dagdelen per week × 48 weken) = eigen index 190,4762 cent per deelnemer per dagdeel. De laagste index in deze categorie is 190,4762 cent. Score = round_half_up(10 × laagste ÷ eigen) = round_half_up(10 × 190,4762 ÷ 190,4762) = round_half_up(10,0000) = 10',
    );
    expect(text).not.toContain('Loting');
  });

  it('granted: what the organisation accounts for and by when, by the tier of € 16,000.00', () => {
    const text = letterText('AV-2027-0001');
    expect(text).toContain(
      'Verantwoording: Verantwoording met een activiteitenverslag: welke activiteiten zijn uitgevoerd en wat zij hebben opgeleverd.',
    );
    // The period ends on 31 December 2027; 13 weeks later is Friday 31 March 2028.
    expect(text).toContain(
      'U dient de verantwoording in uiterlijk 31 maart 2028, 13 weken na afloop van de subsidieperiode. Daarna stellen wij de subsidie vast (artikel 4:46 Algemene wet bestuursrecht). Subsidie die niet is besteed zoals verleend, vorderen wij terug (artikel 4:57 Algemene wet bestuursrecht).',
    );
  });

  it('granted up to € 5,000.00: settled on request without a report', () => {
    const text = decisionHtml({ ...letterFor('AV-2027-0001'), grantedCents: 500_000 });
    expect(text).toContain(
      'Verantwoording: Directe vaststelling: u hoeft geen verantwoording in te dienen; de gemeente kan steekproefsgewijs controleren of de activiteiten zijn uitgevoerd. Bewaar daarom de gegevens waaruit blijkt dat u de activiteiten hebt uitgevoerd. Na afloop van de periode vraagt u de vaststelling aan, uiterlijk 31 maart 2028.',
    );
    expect(text).not.toContain('activiteitenverslag');
  });

  it('partly granted: refused "voor zover" the ceiling would be exceeded, citing Awb 4:25 lid 2', () => {
    const text = letterText('AV-2027-0002');
    expect(text).toContain(
      'Wij verlenen u voor Huiskamer De Lindeboom een subsidie van € 14.000,00 voor de periode 1 januari 2027 tot en met 31 december 2027. Voor het overige weigeren wij de subsidie.',
    );
    expect(text).toContain(
      'Voor uw aanvraag kwam € 20.000,00 in aanmerking. Met uw aanvraag wordt het subsidieplafond bereikt: na de aanvragen die in de rangschikking vóór de uwe staan, resteerde € 14.000,00. Subsidie wordt geweigerd voor zover door verstrekking van de subsidie het subsidieplafond zou worden overschreden (artikel 4:25, tweede lid, Algemene wet bestuursrecht).',
    );
    expect(text).toContain(
      `U krijgt daarom het restant van het plafond (artikel 9, eerste en tweede lid, ${REGULATION}).`,
    );
    expect(text).toContain('eigen index 238,0952 cent');
  });

  it('a tie decided by lot: the seed, every tied reference with its SHA-256 in order, how to check it, and no "scored higher"', () => {
    for (const reference of ['AV-2027-0002', 'AV-2027-0003']) {
      const text = letterText(reference);
      expect(text).toContain(
        `Uw aanvraag had hetzelfde totaal (38 punten) als 1 andere aanvraag. Bij een gelijk totaal bepaalt het lot de volgorde (artikel 9, derde lid, ${REGULATION}). Voor elke aanvraag is de SHA-256 berekend van de openbare tekst "Testronde 2027 loting", een dubbele punt en het kenmerk van de aanvraag`,
      );
      const first =
        'Plaats 2: AV-2027-0002' +
        (reference === 'AV-2027-0002' ? ' (uw aanvraag)' : '') +
        ', SHA-256 101f367ff5ad57cd81824246e129dc46cbdd805a1352335506be1c8893071708';
      const second =
        'Plaats 3: AV-2027-0003' +
        (reference === 'AV-2027-0003' ? ' (uw aanvraag)' : '') +
        ', SHA-256 43fee489c2426babeb628a986a928ac5aff25de1cc7aa76421609d82118d5c95';
      expect(text).toContain(first);
      expect(text).toContain(second);
      expect(text.indexOf(first)).toBeLessThan(text.indexOf(second));
      expect(text).toContain('npm run --silent cli -- tender rank <invoer.json>');
      expect(text).toContain(`printf '%s' 'Testronde 2027 loting:${reference}' | sha256sum`);
      expect(text).not.toMatch(/hoger scoor|scoorden hoger|meer punten/);
    }
    const refused = letterText('AV-2027-0003');
    expect(refused).toContain(
      `Wij weigeren de subsidie voor Huiskamer De Lindeboom. Uw aanvraag haalt op elk criterium minstens 6 punten (artikel 7, tweede lid, ${REGULATION}), maar na de aanvragen die in de rangschikking vóór de uwe staan, laat het subsidieplafond geen ruimte meer voor uw aanvraag (artikel 9, eerste en tweede lid, ${REGULATION}). Subsidie wordt geweigerd voor zover door verstrekking van de subsidie het subsidieplafond zou worden overschreden (artikel 4:25, tweede lid, Algemene wet bestuursrecht).`,
    );
  });

  it('refused on a criterion below 6: the criterion, its score and the article', () => {
    const text = letterText('AV-2027-0004');
    expect(text).toContain(
      `Wij weigeren de subsidie voor Huiskamer De Lindeboom, omdat uw aanvraag op samenwerking (5 punten) minder dan 6 punten haalde. Een aanvraag moet op elk criterium minstens 6 punten (voldoende) halen, wat het totaal ook is (artikel 7, tweede lid, ${REGULATION}).`,
    );
    expect(text).not.toContain('Loting');
  });

  it('refused on price: own index, lowest index, the formula and the result, in numbers', () => {
    const text = letterText('AV-2027-0005');
    expect(text).toContain('omdat uw aanvraag op prijs (5 punten) minder dan 6 punten haalde.');
    // In the decision itself, not only under the scores.
    const decision = text.slice(text.indexOf('Besluit'), text.indexOf('Beoordeling'));
    expect(decision).toContain(
      `De prijsscore is berekend volgens artikel 8 ${REGULATION}. Kosten voor de prijs € 29.500,00 ÷ bereik per jaar 8.400 (35 deelnemers × 5 dagdelen per week × 48 weken) = eigen index 351,1905 cent per deelnemer per dagdeel. De laagste index in deze categorie is 190,4762 cent. Score = round_half_up(10 × laagste ÷ eigen) = round_half_up(10 × 190,4762 ÷ 351,1905) = round_half_up(5,4237) = 5: afgerond op hele punten, een half naar boven, berekend met de exacte bedragen.`,
    );
  });

  it('refused on the general conditions: the article and the condition that failed', () => {
    const text = letterText('AV-2027-0006');
    expect(text).toContain(
      `Wij weigeren de subsidie voor Huiskamer De Lindeboom, omdat uw organisatie niet voldoet aan de algemene voorwaarden (artikel 5 ${REGULATION}).`,
    );
    expect(text).toContain('Verklaring omtrent het gedrag (VOG): Er is geen VOG.');
    expect(text).not.toContain('Beoordeling');
  });

  it('late: the deadline and the article on the application period', () => {
    const text = letterText('AV-2027-0007');
    expect(text).toContain(
      `omdat wij haar na de deadline van 1 maart 2027 om 12:00 (Nederlandse tijd) ontvingen. Een aanvraag moet vóór de deadline zijn ingediend (artikel 4, tweede lid, ${REGULATION}).`,
    );
  });

  it('quotes the articles the scheme gives, not fixed texts', () => {
    const letter = {
      ...letterFor('AV-2027-0006'),
      grounds: {
        ...DEFAULT_LEGAL_GROUNDS,
        generalConditions: 'artikel 3 Nadere regels Maastricht 2027',
      },
    };
    expect(decisionHtml(letter)).toContain(
      'niet voldoet aan de algemene voorwaarden (artikel 3 Nadere regels Maastricht 2027)',
    );
  });
});

describe('every letter renders afresh (a batch of letters, or the same letter downloaded again)', () => {
  const isPdf = (bytes: Buffer) =>
    bytes.subarray(0, 5).toString('latin1') === '%PDF-' &&
    bytes.subarray(-6).toString('latin1').includes('%%EOF');

  it('renders a receipt, a decision letter, a decision on objection and a provider letter three times each', async () => {
    const plain = {
      municipalityName: 'Gemeente Maastricht',
      kind: 'Beslissing op bezwaar',
      subject: 'Uw bezwaar tegen de beschikking BS-2027-0002',
      reference: 'BB-2027-0001',
      letterDate: '2027-05-01',
      addressLines: ['Stichting De Lindeboom', 'Lindeboomstraat 1', '6211 AA Maastricht'],
      rows: [['Uw aanvraag', 'AV-2027-0002']] as [string, string][],
      sections: [{ heading: 'Beslissing', paragraphs: ['Wij verklaren uw bezwaar gegrond.'] }],
    };
    for (const build of [
      () =>
        receiptDefinition({
          municipalityName: 'Gemeente Maastricht',
          reference: 'AV-2027-0002',
          receivedAt: new Date('2027-02-20T10:00:00Z'),
          late: false,
          organisationName: 'Stichting De Lindeboom',
          provisionName: 'Huiskamer De Lindeboom',
          roundName: 'Testronde 2027',
          deadlineAt: new Date('2027-03-01T11:00:00Z'),
          category: 'living_room',
          content: emptyContent(),
          definition: defaultSchemeDefinition(),
          attachments: [],
        }),
      () => decisionPdf(letterFor('AV-2027-0002')),
      () => plainLetterPdf(plain),
      () =>
        letterPdf({
          municipalityName: 'Gemeente Maastricht',
          providerAgb: '42420001',
          letterDate: '2027-05-01',
          allocations: [
            { allocationNumber: 'T-0001', overlapStart: '2027-01-01', overlapEnd: null },
          ],
        }),
    ]) {
      const renders = [
        await renderPdf(build()),
        await renderPdf(build()),
        await renderPdf(build()),
      ];
      expect(renders.map(isPdf)).toEqual([true, true, true]);
    }
  });

  it('renders a definition that shares objects with an earlier render (pdfmake writes into them)', async () => {
    const sharedBox = {
      width: 20,
      stack: [{ canvas: [{ type: 'rect' as const, x: 0, y: 2, w: 11, h: 11, lineWidth: 1 }] }],
    };
    const definition = () => ({
      content: [{ columns: [sharedBox, { text: 'Ik geef toestemming.' }] }],
      defaultStyle: { font: 'Roboto' },
    });
    const renders = [
      await renderPdf(definition()),
      await renderPdf(definition()),
      await renderPdf(definition()),
    ];
    expect(renders.map(isPdf)).toEqual([true, true, true]);
  });
});
