/**
 * The settlement letter (vaststellingsbeschikking, Awb 4:46): the amount granted, settled and
 * paid in advances, the difference (a reclaim under Awb 4:57 with its payment term of Awb 4:87
 * and the municipality's account, or an extra payment, or nothing), the reasons when less is
 * settled than granted (Awb 3:46), and the objection clause. Laid out as the other letters
 * (plain-letter.ts); docs/rules/grant-lifecycle.md.
 */
import { formatDay } from '../../../domain/dates.ts';
import type { SettlementLetterFigures } from '../../../domain/grants/settlement.ts';
import { formatIban } from '../../../domain/identifiers.ts';
import { GRANT_CATEGORY_LABELS, type GrantCategory } from '../../../domain/tender/categories.ts';
import { formatEuros } from '../../platform/documents.ts';
import { type PlainLetter, objectionSection } from '../decisions/plain-letter.ts';

export interface SettlementLetterFacts {
  municipalityName: string;
  objectionAddress: string;
  /** The municipality's account a reclaim is paid back to. */
  municipalityIban: string | null;
  reference: string;
  grantReference: string;
  decisionReference: string;
  letterDate: string;
  objectionDeadline: string;
  addressLines: string[];
  provisionName: string;
  category: GrantCategory;
  period: { start: string; end: string };
  /** The article of the scheme on eligible costs (the round's frozen legal grounds). */
  eligibleCostsGround: string;
  reasons: string;
  figures: SettlementLetterFigures;
}

export const SETTLEMENT_SUBJECT = 'Vaststelling van uw subsidie';

export function settlementLetter(f: SettlementLetterFacts): PlainLetter {
  const { grantedCents, settledCents, paidCents, outcome } = f.figures;
  const period = `${formatDay(f.period.start)} tot en met ${formatDay(f.period.end)}`;
  const lower = settledCents < grantedCents;
  const why = lower
    ? [
        `Wij stellen de subsidie ${formatEuros(grantedCents - settledCents)} lager vast dan verleend, omdat de activiteiten waarvoor de subsidie is verleend niet of niet geheel hebben plaatsgevonden of de kosten niet zijn gemaakt (artikel 4:46, tweede lid, aanhef en onder a, Algemene wet bestuursrecht). Onze redenen: ${f.reasons.trim()}`,
      ]
    : [
        'U hebt de activiteiten uitgevoerd en aan de verplichtingen voldaan waarvoor de subsidie is verleend; wij stellen de subsidie daarom vast op het verleende bedrag (artikel 4:46, tweede lid, Algemene wet bestuursrecht).',
      ];
  if (f.category === 'living_room')
    why.push(
      `Voor een huiskamer komen alleen de vaste lasten voor subsidie in aanmerking (${f.eligibleCostsGround}); het vastgestelde bedrag is niet hoger dan de vaste lasten.`,
    );
  const difference: string[] = (() => {
    switch (outcome.kind) {
      case 'reclaim':
        return [
          `U hebt ${formatEuros(paidCents)} aan voorschotten ontvangen. Dat is ${formatEuros(outcome.amountCents)} meer dan het vastgestelde bedrag. Dat bedrag vorderen wij van u terug (artikel 4:57, eerste lid, Algemene wet bestuursrecht).`,
          `U betaalt ${formatEuros(outcome.amountCents)} binnen zes weken na de dag waarop deze beschikking is verzonden, dus uiterlijk op ${formatDay(f.figures.reclaimDueDay!)} (artikel 4:87, eerste lid, Algemene wet bestuursrecht; valt de laatste dag op een zaterdag, een zondag of een feestdag, dan is dat de eerstvolgende werkdag, Algemene termijnenwet). Maak het bedrag over naar rekening ${f.municipalityIban ? formatIban(f.municipalityIban) : '(rekeningnummer van de gemeente)'} ten name van ${f.municipalityName}, onder vermelding van ${f.reference}.`,
        ];
      case 'extra_payment':
        return [
          `U hebt ${formatEuros(paidCents)} aan voorschotten ontvangen. Dat is ${formatEuros(outcome.amountCents)} minder dan het vastgestelde bedrag. Dat verschil betalen wij u in de eerstvolgende betaalrun, onder vermelding van ${f.grantReference}.`,
        ];
      case 'balanced':
        return [
          `U hebt ${formatEuros(paidCents)} aan voorschotten ontvangen, gelijk aan het vastgestelde bedrag. Er valt niets meer te betalen of terug te betalen.`,
        ];
    }
  })();
  return {
    municipalityName: f.municipalityName,
    kind: 'Beschikking',
    subject: SETTLEMENT_SUBJECT,
    reference: f.reference,
    letterDate: f.letterDate,
    addressLines: f.addressLines,
    rows: [
      ['Subsidie', f.grantReference],
      ['Verleningsbeschikking', f.decisionReference],
    ],
    sections: [
      {
        heading: null,
        paragraphs: [
          `Met beschikking ${f.decisionReference} hebben wij u voor ${f.provisionName} (categorie ${GRANT_CATEGORY_LABELS[f.category].toLowerCase()}) een subsidie van ${formatEuros(grantedCents)} verleend voor de periode ${period}. Met deze beschikking stellen wij de subsidie vast (artikel 4:46 Algemene wet bestuursrecht).`,
        ],
      },
      {
        heading: 'Besluit',
        paragraphs: [
          `Wij stellen de subsidie ${f.grantReference} vast op ${formatEuros(settledCents)}.`,
        ],
      },
      {
        heading: 'Bedragen',
        paragraphs: [
          `Verleend: ${formatEuros(grantedCents)}`,
          `Vastgesteld: ${formatEuros(settledCents)}`,
          `Betaald aan voorschotten: ${formatEuros(paidCents)}`,
          outcome.kind === 'reclaim'
            ? `Terug te betalen: ${formatEuros(outcome.amountCents)}`
            : outcome.kind === 'extra_payment'
              ? `Na te betalen door de gemeente: ${formatEuros(outcome.amountCents)}`
              : `Verschil: ${formatEuros(0)}`,
        ],
      },
      { heading: 'Waarom', paragraphs: why },
      {
        heading: outcome.kind === 'reclaim' ? 'Terugvordering' : 'Betaling',
        paragraphs: difference,
      },
      objectionSection(f),
    ],
  };
}
