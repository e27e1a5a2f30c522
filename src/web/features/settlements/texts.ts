import {
  LIVING_ROOM_RULE,
  RECLAIM_TERM_RULE,
  REASONS_RULE,
} from '../../../domain/grants/settlement.ts';

/** Interface text of settling grants (vaststelling) and reclaims (terugvordering). */
export const settlementsTexts = {
  failed: 'Het is niet gelukt. Probeer het opnieuw.',
  outcome: {
    reclaim: (amount: string) => `Terugvordering ${amount}`,
    extra_payment: (amount: string) => `Nabetaling ${amount}`,
    balanced: () => 'Geen verschil: er valt niets te betalen of terug te vorderen',
  },
  page: {
    documentTitle: 'Vaststelling',
    title: (reference: string) => `Vaststelling van subsidie ${reference}`,
    back: 'Terug naar de subsidie',
    notFound: 'Deze subsidie bestaat niet of u hebt er geen toegang toe.',
    figuresTitle: 'Bedragen',
    caption: 'Verleend, betaald en vastgesteld naast elkaar',
    columns: { what: 'Bedrag', amount: 'In euro' },
    granted: 'Verleend',
    paid: 'Betaald aan voorschotten',
    settled: 'Vastgesteld',
    proposedSettled: 'Voorgesteld vast te stellen',
    difference: 'Verschil',
    limit: (amount: string) =>
      `Een huiskamer krijgt alleen vaste lasten vergoed: u kunt hoogstens ${amount} vaststellen (de vaste lasten in de begroting).`,
    reportTitle: 'Verantwoording',
    // The accountability report's comparison (promised vs realised) goes here once reports exist.
    noReport: (direct: boolean) =>
      direct
        ? 'Bij directe vaststelling dient de organisatie geen verantwoording in; de gemeente kan steekproefsgewijs controleren of de activiteiten zijn uitgevoerd.'
        : 'De organisatie heeft nog geen verantwoording ingediend.',
    budgetTitle: 'Begroting uit de aanvraag',
    budgetCaption: (n: number) => (n === 1 ? '1 begrotingsregel' : `${n} begrotingsregels`),
    budgetColumns: { kind: 'Soort', description: 'Omschrijving', amount: 'Bedrag' },
    notPossibleTitle: 'Nog niet vast te stellen',
    letterTitle: 'Vaststellingsbeschikking',
    letterPdf: (reference: string) => `Beschikking ${reference} downloaden (PDF)`,
    noLetter: 'Er is nog geen vaststellingsbeschikking verzonden voor deze subsidie.',
    proposedBy: (name: string, at: string) => `Voorgesteld door ${name} op ${at}.`,
    toIssue: 'Verzend de beschikking vanaf de pagina Vaststellingen, samen met de andere.',
    issueLink: 'Naar de vaststellingen',
    reclaimDue: (day: string) => `Terug te betalen uiterlijk ${day}.`,
    reclaimPaid: (day: string) => `Terugbetaald op ${day}; de subsidie is afgerekend.`,
  },
  rules: {
    title: 'Regels voor de vaststelling',
    items: [REASONS_RULE, LIVING_ROOM_RULE, RECLAIM_TERM_RULE],
  },
  form: {
    title: 'Vaststelling voorstellen',
    titleChange: 'Voorstel wijzigen',
    amount: 'Vast te stellen bedrag (€)',
    amountHint: (granted: string) => `Hoogstens het verleende bedrag van ${granted}.`,
    reasons: 'Redenen',
    reasonsHint:
      'Verplicht als u lager vaststelt dan verleend: welke activiteiten niet zijn uitgevoerd of welke kosten niet zijn gemaakt. Deze tekst komt in de beschikking.',
    preview: 'Gevolg',
    previewNone: 'Vul een bedrag in om het gevolg te zien.',
    submit: 'Voorstel opslaan',
    saved: 'Het voorstel is opgeslagen.',
  },
  reclaimForm: {
    title: 'Terugbetaling registreren',
    paidDay: 'Ontvangen op',
    submit: 'Als terugbetaald registreren',
    saved: 'De terugbetaling is geregistreerd; de subsidie is afgerekend.',
  },
  list: {
    documentTitle: 'Vaststellingen',
    title: 'Vaststellingen',
    intro:
      'Eerst de subsidies die klaar zijn om vast te stellen, daarna de voorgestelde vaststellingen die nog niet zijn verzonden. Verzenden maakt per subsidie de vaststellingsbeschikking (PDF en toegankelijke tekst), stelt het bedrag vast en zet een nabetaling klaar voor de volgende betaalrun of legt de terugvordering vast.',
    empty: 'Er zijn geen voorgestelde vaststellingen die nog verzonden moeten worden.',
    caption: (n: number) =>
      n === 1 ? '1 voorgestelde vaststelling' : `${n} voorgestelde vaststellingen`,
    columns: {
      grant: 'Subsidie',
      organisation: 'Organisatie',
      granted: 'Verleend',
      paid: 'Betaald',
      settled: 'Vast te stellen',
      outcome: 'Gevolg',
    },
    issue: (n: number) => (n === 1 ? '1 beschikking verzenden' : `${n} beschikkingen verzenden`),
    awaitingTitle: 'Klaar om vast te stellen',
    awaitingIntro:
      'Subsidies waarvan de verantwoording is ingediend, of waarvan de periode voorbij is bij directe vaststelling. Open de subsidie om de verantwoording naast de aanvraag te zien en een bedrag voor te stellen.',
    awaitingEmpty: 'Er zijn geen subsidies die op een voorstel tot vaststelling wachten.',
    awaitingCaption: (n: number) =>
      n === 1 ? '1 subsidie klaar om vast te stellen' : `${n} subsidies klaar om vast te stellen`,
    awaitingColumns: {
      grant: 'Subsidie',
      organisation: 'Organisatie',
      granted: 'Verleend',
      report: 'Verantwoording',
    },
    reportSubmittedOn: (day: string) => `Ingediend op ${day}`,
    direct: 'Directe vaststelling',
    proposedTitle: 'Voorgesteld, nog te verzenden',
    confirmTitle: 'Vaststellingsbeschikkingen verzenden?',
    confirmText:
      'De beschikkingen worden gemaakt en verzonden; daarna kan het vastgestelde bedrag niet meer worden gewijzigd. De organisaties krijgen een e-mail met de beschikking.',
    confirm: 'Verzenden',
    cancel: 'Annuleren',
    progress: (done: number, total: number) => `${done} van ${total} beschikkingen verzonden.`,
    done: (total: number) =>
      total === 1 ? 'De beschikking is verzonden.' : `Alle ${total} beschikkingen zijn verzonden.`,
    failedJob:
      'Het verzenden is gestopt door een fout. Start het opnieuw; wat al verzonden is, wordt niet opnieuw verzonden.',
  },
  reclaims: {
    documentTitle: 'Terugvorderingen',
    title: 'Terugvorderingen',
    intro:
      'Terugvorderingen uit verzonden vaststellingsbeschikkingen. De organisatie betaalt binnen zes weken na verzending (artikel 4:87 Awb, verlengd volgens de Algemene termijnenwet) op de rekening van de gemeente. Registreer een terugbetaling op de vaststelling van de subsidie.',
    showAll: 'Ook terugbetaalde tonen',
    empty: 'Er staan geen terugvorderingen open.',
    emptyAll: 'Er zijn nog geen terugvorderingen.',
    caption: (n: number) => (n === 1 ? '1 terugvordering' : `${n} terugvorderingen`),
    columns: {
      grant: 'Subsidie',
      letter: 'Beschikking',
      organisation: 'Organisatie',
      amount: 'Bedrag',
      due: 'Uiterlijk',
      status: 'Stand',
    },
    open: 'Open',
    overdue: 'Over de termijn',
    paid: (day: string) => `Terugbetaald op ${day}`,
  },
};
