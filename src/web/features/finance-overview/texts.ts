/** Interface text of the finance overview (financieel overzicht) of a subsidy year. */
export const financeOverviewTexts = {
  title: 'Financieel overzicht',
  intro:
    'Per categorie van de subsidieregeling: het plafond van het jaar, wat is verleend, betaald, vastgesteld en teruggevorderd, en wat nog te betalen is. Alleen bedragen, geen organisaties of personen.',
  year: 'Jaar',
  yearHint: 'Het jaar van de subsidieronde.',
  noRounds: 'Er zijn nog geen subsidierondes, en dus nog geen bedragen.',
  empty: (year: number) => `In ${year} is er geen plafond vastgesteld en niets verleend.`,
  caption: (year: number) => `Financieel overzicht ${year}, per categorie`,
  download: (year: number) => `Financieel overzicht ${year} downloaden (Excel, xlsx)`,
  total: 'Totaal',
  noCeiling: 'geen plafond',
  columns: {
    category: 'Categorie',
    ceiling: 'Plafond',
    granted: 'Verleend',
    paid: 'Betaald (voorschotten)',
    settled: 'Vastgesteld',
    reclaimed: 'Teruggevorderd',
    stillToPay: 'Nog te betalen',
    use: 'Benutting plafond',
  },
  /** How the overview counts (docs/rules/finance-overview.md), shown under the table. */
  rulesTitle: 'Zo tellen we',
  rules: [
    'Het jaar is het jaar van de subsidieronde. Het plafond is de som van de plafonds van de rondes van dat jaar.',
    'Verleend: de verleende bedragen van de subsidies van die rondes, na een verlaging het lagere bedrag; een ingetrokken subsidie telt voor € 0,00. Betaald: de voorschottermijnen die in een geëxporteerde betaalrun zijn betaald, ook als dat in een later jaar gebeurde.',
    'Vastgesteld en teruggevorderd: de bedragen uit verzonden vaststellingsbesluiten; teruggevorderd ook wat bij een intrekking direct is teruggevorderd.',
    'Nog te betalen: verleend min betaald; na de vaststelling het vastgestelde bedrag min betaald, als dat meer dan nul is. Op een ingetrokken subsidie wordt niets meer betaald.',
    'Benutting plafond: verleend als percentage van het plafond, afgerond op één decimaal.',
  ],
} as const;

/** A percentage as Dutch readers write it: 43,8 %. */
export const formatPercent = (value: number): string =>
  `${value.toLocaleString('nl-NL', { maximumFractionDigits: 1 })} %`;
