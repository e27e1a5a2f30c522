import { BOOKING_KIND_LABELS } from '../../../domain/fund/ledger.ts';

/** Interface text of the Sociaal Investeringsfonds' page (docs/rules/fund-ledger.md). */
export const fundTexts = {
  failed: 'Het is niet gelukt. Probeer het opnieuw.',
  title: 'Sociaal Investeringsfonds',
  intro:
    'Het fonds wordt gevoed met positieve jaarrekeningresultaten en andere bronnen. Elke toekenning legt een bedrag vast; de saldi volgen altijd uit de boekingen.',
  balancesTitle: 'Saldi',
  balances: {
    deposited: 'Gestort',
    committed: 'Vastgelegd',
    paid: 'Betaald',
    reclaimed: 'Terugontvangen',
    free: 'Vrij te besteden',
  },
  chartTitle: 'Verloop van het saldo',
  chartLabel:
    'Grafiek: het verloop van gestort, vastgelegd, betaald en vrij te besteden per dag. Dezelfde bedragen staan in de tabel eronder.',
  chartLoading: 'De grafiek wordt geladen…',
  chartFailed: 'De grafiek kon niet worden geladen. De bedragen staan in de tabel.',
  seriesCaption: 'Saldi aan het eind van elke dag met een boeking',
  day: 'Dag',
  noBookings: 'Er is nog niets geboekt.',
  bookingsTitle: 'Boekingen',
  bookingsCaption: (shown: number, total: number) =>
    total === shown
      ? `${total} ${total === 1 ? 'boeking' : 'boekingen'}, eerst wat op goedkeuring wacht`
      : `${shown} van ${total} boekingen, eerst wat op goedkeuring wacht`,
  columns: {
    kind: 'Soort',
    amount: 'Bedrag',
    about: 'Omschrijving',
    booked: 'Geboekt door',
    approved: 'Goedgekeurd',
  },
  kinds: BOOKING_KIND_LABELS,
  annualResult: (year: number) => `Jaarrekeningresultaat ${year}`,
  correctionOf: (kind: string, reason: string) => `Correctie van ${kind.toLowerCase()}: ${reason}`,
  grant: (reference: string) => `Subsidie ${reference}`,
  awaiting: 'Wacht op goedkeuring',
  ownAwaiting: 'Wacht op goedkeuring door een collega',
  approve: 'Goedkeuren',
  approveTitle: 'Boeking goedkeuren?',
  approveBody: (kind: string, amount: string) =>
    `U keurt een ${kind.toLowerCase()} van ${amount} goed. Daarna telt zij mee in de saldi; een boeking wordt nooit meer gewijzigd, alleen met een correctie tegengeboekt.`,
  approved: 'De boeking is goedgekeurd en telt mee.',
  previous: 'Vorige pagina',
  next: 'Volgende pagina',
  deposit: {
    title: 'Storting voorstellen',
    hint: 'Een collega van financiën keurt de storting goed; pas dan telt zij mee.',
    amount: 'Bedrag',
    sourceYear: 'Jaar van het jaarrekeningresultaat',
    sourceYearHint: 'Laat leeg als het geld uit een andere bron komt.',
    description: 'Omschrijving van de bron',
    descriptionHint: 'Bijvoorbeeld: Bijdrage zorgverzekeraar.',
    submit: 'Storting voorstellen',
    saved: 'De storting is voorgesteld. Een collega moet haar nog goedkeuren.',
  },
  correction: {
    title: 'Correctie voorstellen',
    hint: 'Een correctie boekt een eerdere boeking (geheel of deels) tegen, met een reden. Een collega keurt haar goed.',
    booking: 'Boeking die u corrigeert',
    choose: 'Kies een boeking',
    amount: 'Bedrag van de correctie',
    reason: 'Reden',
    submit: 'Correctie voorstellen',
    saved: 'De correctie is voorgesteld. Een collega moet haar nog goedkeuren.',
  },
  rules: {
    title: 'Zo rekenen we',
    items: [
      'Gestort is de som van de goedgekeurde stortingen; vastgelegd is wat aan subsidies is toegekend min wat daarvan vrijviel.',
      'Vrij te besteden = gestort + terugontvangen − vastgelegd. Een boeking die dit negatief maakt, wordt geweigerd.',
      'Er wordt nooit meer betaald of vrijgegeven dan vastgelegd en nog niet betaald is.',
      'Boekingen worden nooit gewijzigd of verwijderd. Een fout herstelt u met een correctie: een tegenboeking van een eerdere boeking, met een reden.',
      'Stortingen en correcties tellen pas mee als een tweede financieel medewerker ze heeft goedgekeurd (vier ogen). Een storting noemt altijd haar bron: het jaar van het jaarrekeningresultaat of een omschrijving.',
    ],
  },
  report: {
    title: 'Raadsrapportage',
    intro:
      'De stand van het fonds, de boekingen per jaar en soort, de verleende initiatieven per prioriteit en per buurt (een initiatief met meer prioriteiten of buurten telt bij elk mee; de totaalregel telt het één keer) en de resultaten van de vastgestelde initiatieven, met aantallen van 1 tot 4 als "<5". Geen vrije teksten van organisaties.',
    pdf: 'Raadsrapportage (pdf)',
    xlsx: 'Raadsrapportage (xlsx)',
    publicPage: 'De openbare pagina van het fonds',
  },
};
