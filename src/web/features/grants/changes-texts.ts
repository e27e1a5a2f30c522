import {
  CHANGE_KIND_LABELS,
  LOWERING_GROUND_TEXTS,
  PERIOD_EXTENSION_MONTHS,
  PERIOD_MAX_MONTHS,
} from '../../../domain/grants/changes.ts';
import type {
  GrantChangeKind,
  GrantChangeStatus,
} from '../../../server/features/grant-changes/grant-changes.schemas.ts';

/** Interface text of changes to a grant: requests, decisions, lowering and withdrawal. */
export const changesTexts = {
  failed: 'Het is niet gelukt. Probeer het opnieuw.',
  kinds: {
    ...CHANGE_KIND_LABELS,
    lowering: 'Verlaging (artikel 4:48 Awb)',
    withdrawal: 'Intrekking (artikel 4:48 Awb)',
  } satisfies Record<GrantChangeKind, string>,
  statuses: {
    pending: 'Wacht op besluit',
    granted: 'Toegekend',
    refused: 'Afgewezen',
    decided: 'Besloten',
  } satisfies Record<GrantChangeStatus, string>,
  list: {
    title: 'Wijzigingen',
    empty: 'Er zijn geen wijzigingen aangevraagd of besloten.',
    caption: (n: number) => (n === 1 ? '1 wijziging' : `${n} wijzigingen`),
    columns: {
      reference: 'Kenmerk',
      kind: 'Soort',
      summary: 'Wat',
      status: 'Stand',
      letter: 'Brief',
    },
    letter: (reference: string) => `Beschikking ${reference} (pdf)`,
    noLetter: 'Nog geen brief',
    excess: (amount: string) =>
      `Er is ${amount} meer aan voorschotten betaald dan het verleende bedrag. Dat wordt verrekend bij de vaststelling.`,
    reclaim: (amount: string, day: string) =>
      `De subsidie is ingetrokken. Terug te betalen: ${amount}, uiterlijk ${day}.`,
  },
  request: {
    title: 'Wijziging aanvragen',
    intro:
      'Verandert er iets aan de activiteiten, de periode of de verdeling van de kosten? Vraag de wijziging aan; de beleidsmedewerker beslist en u krijgt een brief.',
    rules: `Een nieuwe periode begint niet eerder dan de verleende periode, eindigt hoogstens ${PERIOD_EXTENSION_MONTHS} maanden na de verleende einddatum en duurt hoogstens ${PERIOD_MAX_MONTHS} maanden. Bij een verschuiving in de begroting blijft het totaal gelijk.`,
    kind: 'Wat wilt u wijzigen?',
    periodStart: 'Nieuwe begindatum',
    periodEnd: 'Nieuwe einddatum',
    budgetLegend: 'Nieuwe bedragen per begrotingspost',
    budgetLine: (label: string, description: string, amount: string) =>
      `${description || label} (nu ${amount})`,
    amountHint: 'In euro, bijvoorbeeld 1.250,00',
    activity: 'Beschrijf de wijziging van de activiteit',
    explanation: 'Toelichting: waarom is de wijziging nodig?',
    submit: 'Wijziging aanvragen',
    sent: (reference: string) =>
      `Uw verzoek ${reference} is verstuurd. De beleidsmedewerker beslist erover; u krijgt een brief.`,
    closed:
      'Deze subsidie is vastgesteld, afgerekend of ingetrokken; u kunt geen wijziging meer aanvragen.',
  },
  decide: {
    title: 'Wijzigingsverzoeken om op te beslissen',
    none: 'Er wachten geen wijzigingsverzoeken op een besluit.',
    pendingItem: (grant: string, organisation: string, reference: string) =>
      `${grant}, ${organisation}: verzoek ${reference}`,
    asked: (reference: string, who: string, summary: string) =>
      `${reference}, aangevraagd door ${who}: ${summary}`,
    explanation: (text: string) => `Toelichting van de organisatie: ${text}`,
    outcome: (reference: string) => `Besluit op ${reference}`,
    granted: 'Toekennen',
    refused: 'Afwijzen',
    reasons: 'Motivering (komt in de brief, artikel 3:46 Awb)',
    submit: 'Besluit nemen en brief maken',
    done: (reference: string) => `Op ${reference} is beslist; de brief staat bij de wijzigingen.`,
  },
  lower: {
    title: 'Subsidie verlagen of intrekken',
    intro:
      'Zolang de subsidie niet is vastgesteld, kan de verlening worden verlaagd of ingetrokken op een van de gronden van artikel 4:48, eerste lid, Awb. Betaalde voorschotten blijven betaald. Bij een verlaging worden de onbetaalde termijnen zo verlaagd dat samen nooit meer dan het nieuwe bedrag wordt betaald; wat al meer is betaald, wordt verrekend bij de vaststelling. Bij intrekking vervallen alle onbetaalde termijnen en wordt wat is betaald binnen zes weken teruggevorderd (artikel 4:57 en 4:87 Awb). Zit een termijn in een betaalrun die nog niet is geëxporteerd, dan moet Financiën die eerst annuleren of afronden.',
    kind: 'Wat wilt u doen?',
    lowering: 'Verlagen',
    withdrawal: 'Intrekken',
    newAmount: 'Nieuw bedrag',
    newAmountHint: (granted: string) => `Lager dan het verleende bedrag van ${granted}; in euro.`,
    ground: 'Grond (artikel 4:48, eerste lid, Awb)',
    grounds: Object.fromEntries(
      Object.entries(LOWERING_GROUND_TEXTS).map(([ground, text]) => [
        ground,
        `Onder ${ground}: ${text}`,
      ]),
    ) as Record<keyof typeof LOWERING_GROUND_TEXTS, string>,
    reasons: 'Motivering (komt in de brief, artikel 3:46 Awb)',
    submit: 'Verder',
    confirmTitle: 'Weet u het zeker?',
    confirmLowering: (reference: string, from: string, to: string) =>
      `Subsidie ${reference} wordt verlaagd van ${from} tot ${to}. De organisatie krijgt de brief meteen.`,
    confirmWithdrawal: (reference: string) =>
      `Subsidie ${reference} wordt ingetrokken: er worden geen voorschotten meer betaald. De organisatie krijgt de brief meteen.`,
    confirm: 'Ja, besluit nemen en brief versturen',
    done: (reference: string) =>
      `Het besluit ${reference} is genomen; de brief staat bij de wijzigingen.`,
  },
  timelineLetter: (reference: string) => `brief ${reference}`,
};
