/**
 * The letter on a change of a grant (docs/rules/grant-lifecycle.md): the decision on the
 * organisation's change request, or the lowering or withdrawal of the grant (Awb 4:48). It
 * names the rule it rests on and its reasons (Awb 3:46), what happens to the advances, and
 * carries the objection clause. Built from the shared plain letter, like the other letters.
 */
import { formatDay } from '../../../domain/dates.ts';
import {
  LOWERING_GROUND_TEXTS,
  type LoweringGround,
  loweringGroundArticle,
} from '../../../domain/grants/changes.ts';
import { formatEuros } from '../../platform/documents.ts';
import {
  type LetterSection,
  type PlainLetter,
  objectionClause,
} from '../decisions/plain-letter.ts';

export interface ChangeLetterFacts {
  municipalityName: string;
  objectionAddress: string;
  reference: string;
  letterDate: string;
  addressLines: string[];
  grantReference: string;
  decisionReference: string;
  provisionName: string;
  reasons: string;
  change:
    | {
        kind: 'request';
        outcome: 'granted' | 'refused';
        requestedDay: string;
        /** What was asked, in Dutch. */
        summary: string;
        /** What changes for the grant when granted, in Dutch. */
        effect: string | null;
      }
    | {
        kind: 'lowering' | 'withdrawal';
        ground: LoweringGround;
        previousCents: number;
        newCents: number;
        paidCents: number;
        excessCents: number;
        /** For a withdrawal with advances paid: the last day to pay back. */
        reclaimDueDay: string | null;
      };
}

const paragraphs = (text: string) =>
  text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);

function decision(f: ChangeLetterFacts): string[] {
  const c = f.change;
  if (c.kind === 'request') {
    const asked = `Op ${formatDay(c.requestedDay)} vroeg u ons de verleende subsidie ${f.grantReference} voor ${f.provisionName} (beschikking ${f.decisionReference}) te wijzigen: ${c.summary}`;
    return c.outcome === 'granted'
      ? [
          asked,
          `Wij willigen uw verzoek in en wijzigen de subsidieverlening. ${c.effect ?? ''}`.trim(),
        ]
      : [
          asked,
          'Wij wijzen uw verzoek af. De subsidieverlening blijft zoals zij was; u voert de activiteiten uit zoals verleend.',
        ];
  }
  const ground = `${loweringGroundArticle(c.ground)}: ${LOWERING_GROUND_TEXTS[c.ground]}`;
  const head =
    c.kind === 'withdrawal'
      ? `Wij trekken de verleende subsidie ${f.grantReference} voor ${f.provisionName} (beschikking ${f.decisionReference}, ${formatEuros(c.previousCents)}) in, op grond van ${ground}.`
      : `Wij verlagen de verleende subsidie ${f.grantReference} voor ${f.provisionName} (beschikking ${f.decisionReference}) van ${formatEuros(c.previousCents)} tot ${formatEuros(c.newCents)}, op grond van ${ground}.`;
  const advances =
    c.kind === 'withdrawal'
      ? 'Wij betalen geen voorschotten meer.'
      : `Wij betalen nog voorschotten tot samen ${formatEuros(c.newCents)} is betaald; het betaalschema is daarop aangepast.`;
  const paid =
    c.excessCents > 0
      ? c.kind === 'withdrawal'
        ? `U hebt ${formatEuros(c.paidCents)} aan voorschotten ontvangen. Dat bedrag vorderen wij terug (artikel 4:57 Algemene wet bestuursrecht). U betaalt het terug binnen zes weken na verzending van deze brief, uiterlijk ${formatDay(c.reclaimDueDay!)} (artikel 4:87 Algemene wet bestuursrecht en de Algemene termijnenwet), onder vermelding van ${f.reference}.`
        : `U hebt al ${formatEuros(c.paidCents)} aan voorschotten ontvangen, ${formatEuros(c.excessCents)} meer dan het nieuwe bedrag. Dat bedrag verrekenen wij bij de vaststelling van de subsidie (artikel 4:46 Algemene wet bestuursrecht): wat dan te veel is betaald, vorderen wij terug (artikel 4:57 Algemene wet bestuursrecht).`
      : c.paidCents > 0
        ? `U hebt al ${formatEuros(c.paidCents)} aan voorschotten ontvangen; dat blijft binnen het nieuwe bedrag.`
        : 'U hebt nog geen voorschotten ontvangen.';
  return [head, `${advances} ${paid}`];
}

export function changeLetter(f: ChangeLetterFacts): PlainLetter {
  const c = f.change;
  const sections: LetterSection[] = [
    { heading: 'Besluit', paragraphs: decision(f) },
    {
      heading: 'Motivering',
      paragraphs: [
        'Dit besluit berust op de volgende motivering (artikel 3:46 Algemene wet bestuursrecht).',
        ...paragraphs(f.reasons),
      ],
    },
    {
      heading: 'Bezwaar',
      paragraphs: [
        objectionClause({
          municipalityName: f.municipalityName,
          objectionAddress: f.objectionAddress,
          reference: f.reference,
        }),
      ],
    },
  ];
  const subject =
    c.kind === 'request'
      ? c.outcome === 'granted'
        ? 'Wijzigingsverzoek toegekend'
        : 'Wijzigingsverzoek afgewezen'
      : c.kind === 'withdrawal'
        ? 'Intrekking van de subsidie'
        : 'Verlaging van de subsidie';
  return {
    municipalityName: f.municipalityName,
    kind: 'Beschikking',
    subject,
    reference: f.reference,
    letterDate: f.letterDate,
    addressLines: f.addressLines,
    rows: [
      ['Subsidie', f.grantReference],
      ['Beschikking', f.decisionReference],
    ],
    sections,
  };
}
