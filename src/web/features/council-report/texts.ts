/** Interface text of the council report (docs/rules/council-report.md). */
export const councilReportTexts = {
  title: 'Raadsrapportage',
  intro:
    'Eén rapport per jaar voor de gemeenteraad: geld, bereik, gezondheid, tevredenheid, uitstroom en terugval, signalen, het rendement met zijn aannames, de kaart van de buurten en wat elke buurt heeft. Als PDF om te lezen en als spreadsheet met dezelfde cijfers.',
  startTitle: 'Raadsrapportage maken',
  year: 'Jaar',
  yearHint: 'Alleen een jaar dat voorbij is: de cijfers van dat jaar veranderen niet meer.',
  noYears: 'Er is nog geen jaar dat voorbij is met gegevens.',
  scenario: 'Scenario voor het rendement',
  scenarioHint:
    'De aannames waarmee het rendement is berekend. U beheert scenario’s op de pagina Rendement.',
  start: (year: string) => `Raadsrapportage ${year} maken`,
  started: (year: number, version: number) =>
    `De raadsrapportage ${year} (versie ${version}) wordt gemaakt. De voortgang staat hieronder.`,
  failed: 'Het maken van de raadsrapportage is niet gestart. Probeer het opnieuw.',
  listTitle: 'Gemaakte raadsrapportages',
  empty: 'Er is nog geen raadsrapportage gemaakt.',
  caption: 'Alle versies, de nieuwste eerst',
  columns: {
    report: 'Rapport',
    scenario: 'Scenario',
    requested: 'Gevraagd door',
    status: 'Stand',
    files: 'Bestanden',
  },
  reportName: (year: number, version: number) => `${year}, versie ${version}`,
  requested: (who: string | null, when: string) => `${who ?? 'Onbekend'}, ${when}`,
  progress: (done: number, total: number) =>
    total > 0 ? `Bezig: stap ${done} van ${total}` : 'In de wachtrij',
  done: (when: string | null, pages: number | null) =>
    `Klaar${when ? ` op ${when}` : ''}${pages ? `, ${pages} pagina’s` : ''}`,
  failedJob: 'Mislukt. Maak het rapport opnieuw; de fout staat in het logboek van de server.',
  pdf: (year: number, version: number) => `PDF ${year} versie ${version}`,
  xlsx: (year: number, version: number) => `Spreadsheet ${year} versie ${version}`,
  rulesTitle: 'Wat het rapport bevat en hoe we tellen',
  rules: [
    'Alleen een jaar dat voorbij is. De cijfers komen uit de dashboards en het rendement, op dezelfde manier berekend: het rapport rekent niets anders uit.',
    'Geld per categorie: plafond, verleend, betaald, vastgesteld en teruggevorderd. Bereik per categorie: deelnemers, per klantroute, bezochte dagdelen per dagdeel en anonieme bezoeken. Per wijk: de deelnemers die er wonen en de voorzieningen die er staan.',
    'Positieve gezondheid per dimensie (eerste en laatste meting), tevredenheid, uitstroom en terugval, en signalen van dubbele financiering, per categorie.',
    'Het rendement per categorie met het gekozen scenario; elke aanname staat erbij met haar bron, en het scenario met zijn naam.',
    'De kaart kleurt elke buurt naar het aantal deelnemers dat er woont, met de bronvermelding van de CBS-buurtgrenzen. De tabel per buurt zegt welke categorieën er zijn en welke ontbreken.',
    'Aantallen van 1 tot en met 4 staan als “<5”; een “x” is verborgen, zodat niemand een “<5” kan terugrekenen. Er staan geen namen in het rapport.',
    'Opnieuw maken geeft een nieuwe versie; oudere versies blijven te downloaden. Wie een rapport maakte en wanneer, staat in de lijst en in het auditlogboek, met de SHA-256 van de bestanden.',
  ],
} as const;
