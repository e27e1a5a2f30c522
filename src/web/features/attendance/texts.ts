/** Interface text of the week grid of attendance. */
export const attendanceTexts = {
  title: 'Aanwezigheid',
  titleOf: (provision: string) => `Aanwezigheid ${provision}`,
  documentTitle: (week: number, provision: string) => `Aanwezigheid week ${week} – ${provision}`,
  week: (week: number, range: string) => `Week ${week} (${range})`,
  notFound: 'Deze voorziening bestaat niet of u hebt er geen toegang toe.',
  badWeek: 'Die week bestaat niet. U ziet de week van vandaag.',
  nav: {
    label: 'Andere week',
    previous: (week: number) => `Vorige week (week ${week})`,
    next: (week: number) => `Volgende week (week ${week})`,
    current: 'Deze week',
  },
  intro:
    'Vink aan wie er was. Met de pijltjestoetsen gaat u naar een ander vakje, met de spatiebalk zet u een vinkje. Mensen die niet geregistreerd willen worden, telt u mee in de onderste regel.',
  closed:
    'Deze voorziening heeft geen openingstijden. Zonder dagdelen waarop ze open is, kunt u geen aanwezigheid invullen. Een bestuurder van uw organisatie vult de openingstijden in bij de voorziening.',
  noParticipants:
    'In deze week is niemand ingeschreven met toestemming voor registratie. U kunt wel het aantal mensen zonder registratie invullen.',
  registerLink: 'Deelnemers van deze voorziening',
  caption: (week: number, range: string) => `Aanwezigheid in week ${week} (${range})`,
  scrollHint: 'Op een smal scherm kunt u de tabel opzij schuiven; de namen blijven staan.',
  participant: 'Deelnemer',
  cell: (name: string, day: string, dayPart: string) => `${name} – ${day}, ${dayPart}`,
  notRegistered: 'niet ingeschreven',
  quick: 'Snel invullen',
  everyone: 'Iedereen',
  nobody: 'Niemand',
  everyoneRest: (day: string, dayPart: string) => ` aanwezig op ${day}, ${dayPart}`,
  anonymous: 'Zonder registratie (anoniem)',
  anonymousCell: (day: string, dayPart: string) => `Zonder registratie – ${day}, ${dayPart}`,
  total: 'Totaal aanwezig',
  save: 'Aanwezigheid opslaan',
  unsaved: 'U hebt wijzigingen die nog niet zijn opgeslagen.',
  saved: (present: number, anonymous: number) =>
    `Opgeslagen: ${present === 1 ? '1 aanwezigheid' : `${present} aanwezigheden`} en ${anonymous} anoniem.`,
  saveFailed: 'Opslaan is niet gelukt. Probeer het opnieuw.',
  fieldError: (where: string, message: string) => `${where}: ${message}`,
  leave: {
    title: 'Pagina verlaten zonder op te slaan?',
    body: 'U hebt de aanwezigheid gewijzigd maar nog niet opgeslagen. Als u weggaat, bent u die wijzigingen kwijt.',
    confirm: 'Weggaan zonder opslaan',
  },
} as const;
