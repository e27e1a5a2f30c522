/**
 * The decision on an objection (beslissing op bezwaar): the outcome with the article it rests
 * on, whether the objection was in time, the hearing, the reasons (Awb 7:12), the new decision
 * where the old one is revoked, and how to appeal. docs/rules/objections.md
 */
import { formatDay } from '../../../domain/dates.ts';
import { OBJECTION_WEEKS } from '../../../domain/tender/objection.ts';
import {
  OBJECTION_OUTCOME_LABELS,
  type ObjectionOutcome,
} from '../../../domain/tender/objection-outcomes.ts';
import type { LetterSection, PlainLetter } from '../decisions/plain-letter.ts';

export interface ObjectionLetterFacts {
  municipalityName: string;
  reference: string;
  letterDate: string;
  /** The last day to appeal: the same six-week term from the day this letter is sent. */
  appealDeadline: string;
  addressLines: string[];
  applicationReference: string;
  decisionReference: string;
  decisionSentDay: string;
  receivedDay: string;
  deadlineDay: string;
  inTime: boolean;
  hearingDay: string | null;
  outcome: ObjectionOutcome;
  reasons: string;
  /** The decision that takes the old one's place; null when none is made at once. */
  newDecision: { reference: string; title: string } | null;
  /** The old decision set the application aside: it is taken back into process. */
  backInProcess: boolean;
}

function decisionParagraphs(f: ObjectionLetterFacts): string[] {
  const old = `beschikking ${f.decisionReference}`;
  const replacement = f.newDecision
    ? ` en nemen daarvoor in de plaats beschikking ${f.newDecision.reference} (${f.newDecision.title})`
    : '';
  const back = f.backInProcess
    ? ' Wij nemen uw aanvraag weer in behandeling; u ontvangt daarop een nieuwe beschikking.'
    : '';
  switch (f.outcome) {
    case 'inadmissible':
      return [
        f.inTime
          ? 'Wij verklaren uw bezwaar niet-ontvankelijk (artikel 6:6 en artikel 7:11 Algemene wet bestuursrecht). Wij beoordelen het besluit daarom niet opnieuw.'
          : `Wij verklaren uw bezwaar niet-ontvankelijk, omdat het bezwaarschrift na afloop van de bezwaartermijn is ontvangen en de termijnoverschrijding niet verschoonbaar is (artikelen 6:7, 6:9 en 6:11 Algemene wet bestuursrecht). Wij beoordelen het besluit daarom niet opnieuw.`,
      ];
    case 'unfounded':
      return [
        `Wij verklaren uw bezwaar ongegrond en handhaven ${old} (artikel 7:11 Algemene wet bestuursrecht).`,
      ];
    case 'well_founded':
      return [
        `Wij verklaren uw bezwaar gegrond. Wij herroepen ${old}${replacement} (artikel 7:11, tweede lid, Algemene wet bestuursrecht).${back}`,
      ];
    case 'partly_well_founded':
      return [
        `Wij verklaren uw bezwaar deels gegrond. Voor zover het bezwaar gegrond is, herroepen wij ${old}${replacement} (artikel 7:11, tweede lid, Algemene wet bestuursrecht); voor het overige handhaven wij het besluit.${back}`,
      ];
  }
}

function hearingParagraph(f: ObjectionLetterFacts): string {
  if (f.hearingDay) {
    return `Op ${formatDay(f.hearingDay)} hebben wij u in de gelegenheid gesteld uw bezwaar toe te lichten op een hoorzitting (artikel 7:2 Algemene wet bestuursrecht).`;
  }
  const why: Record<ObjectionOutcome, string> = {
    inadmissible: 'het bezwaar kennelijk niet-ontvankelijk is (artikel 7:3, aanhef en onder a',
    unfounded: 'het bezwaar kennelijk ongegrond is (artikel 7:3, aanhef en onder b',
    well_founded: 'aan het bezwaar volledig tegemoet wordt gekomen (artikel 7:3, aanhef en onder e',
    // Not reached: a partly well-founded objection is decided only after a hearing.
    partly_well_founded: 'artikel 7:2 (',
  };
  return `Wij hebben u niet gehoord, omdat ${why[f.outcome]}, Algemene wet bestuursrecht).`;
}

export function objectionLetter(f: ObjectionLetterFacts): PlainLetter {
  const timeliness = f.inTime
    ? `Het bezwaarschrift is op tijd ingediend: de bezwaartermijn liep tot en met ${formatDay(f.deadlineDay)}.`
    : `De bezwaartermijn liep tot en met ${formatDay(f.deadlineDay)}; het bezwaarschrift is later ontvangen.`;
  const sections: LetterSection[] = [
    {
      heading: null,
      paragraphs: [
        `Op ${formatDay(f.receivedDay)} ontvingen wij uw bezwaarschrift tegen beschikking ${f.decisionReference} op uw aanvraag ${f.applicationReference}, verzonden op ${formatDay(f.decisionSentDay)}. ${timeliness}`,
      ],
    },
    { heading: 'Hoorzitting', paragraphs: [hearingParagraph(f)] },
    { heading: 'Beslissing', paragraphs: decisionParagraphs(f) },
    {
      heading: 'Motivering',
      paragraphs: [
        'Wij hebben het besluit opnieuw overwogen op grond van uw bezwaar (artikel 7:11 Algemene wet bestuursrecht). Onze beslissing berust op de volgende overwegingen (artikel 7:12 Algemene wet bestuursrecht).',
        ...f.reasons
          .split(/\n\s*\n/)
          .map((p) => p.trim())
          .filter(Boolean),
      ],
    },
    {
      heading: 'Beroep',
      paragraphs: [
        `Bent u het niet eens met deze beslissing? Dan kunt u binnen ${OBJECTION_WEEKS} weken na de dag waarop zij is verzonden, dus tot en met ${formatDay(f.appealDeadline)}, beroep instellen bij de rechtbank, sector bestuursrecht, in het arrondissement waar het college zijn zetel heeft (artikelen 6:7, 6:8, 8:1 en 8:7 Algemene wet bestuursrecht). Vermeld het kenmerk ${f.reference}.`,
      ],
    },
  ];
  return {
    municipalityName: f.municipalityName,
    kind: 'Beslissing op bezwaar',
    subject: `Bezwaar ${OBJECTION_OUTCOME_LABELS[f.outcome].toLowerCase()}`,
    reference: f.reference,
    letterDate: f.letterDate,
    addressLines: f.addressLines,
    rows: [
      ['Uw aanvraag', f.applicationReference],
      ['Beschikking', f.decisionReference],
    ],
    sections,
  };
}
