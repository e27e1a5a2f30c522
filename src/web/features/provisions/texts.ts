/** Interface text of an organisation's provisions. */
export const provisionsTexts = {
  list: {
    title: 'Voorzieningen',
    intro:
      'De algemene voorzieningen die uw organisatie aanbiedt. Per voorziening vraagt u subsidie aan in een subsidieronde.',
    caption: (count: number) =>
      count === 1 ? 'Uw voorzieningen (1)' : `Uw voorzieningen (${count})`,
    empty: 'Uw organisatie heeft nog geen voorzieningen.',
    columns: {
      name: 'Naam',
      category: 'Categorie',
      organisation: 'Organisatie',
      neighbourhood: 'Buurt',
      dayParts: 'Dagdelen per week',
    },
    unknown: 'onbekend',
  },
  create: {
    title: 'Nieuwe voorziening',
    submit: 'Voorziening toevoegen',
    created: (name: string) => `Voorziening ${name} is toegevoegd.`,
  },
  edit: {
    title: 'Voorziening wijzigen',
    back: 'Terug naar voorzieningen',
    notFound: 'Deze voorziening bestaat niet (meer).',
    submit: 'Wijzigingen opslaan',
    saved: 'De wijzigingen zijn opgeslagen.',
  },
  fields: {
    organisation: 'Organisatie',
    name: 'Naam van de voorziening',
    category: 'Categorie',
    categoryHint: 'De categorie bepaalt de criteria en welke kosten subsidiabel zijn.',
    chooseCategory: 'Kies een categorie',
    street: 'Straat en huisnummer (niet verplicht)',
    postcode: 'Postcode (niet verplicht)',
    postcodeHint: 'Bijvoorbeeld 6211 AB.',
    neighbourhood: 'Buurt (niet verplicht)',
    neighbourhoodHint: 'De buurt waar de voorziening is, gegroepeerd per wijk.',
    noNeighbourhood: 'Geen buurt gekozen',
    opening: 'Openingstijden',
    openingHint:
      'Vink per dag de dagdelen aan waarop de voorziening open is. Het aantal dagdelen per week telt mee in de prijsberekening.',
    openingCaption: 'Dagdelen waarop de voorziening open is',
    weekday: 'Dag',
    dayPartsPerWeek: (count: number) =>
      count === 1 ? 'Open: 1 dagdeel per week.' : `Open: ${count} dagdelen per week.`,
    targetGroups: 'Doelgroepen (niet verplicht)',
    targetGroupsHint: 'Eén doelgroep per regel, bijvoorbeeld ouderen.',
    accessibility: 'Toegankelijkheid (niet verplicht)',
    accessibilityHint: 'Bijvoorbeeld: gelijkvloers, rolstoeltoegankelijk toilet.',
  },
  saveFailed: 'Opslaan is niet gelukt. Probeer het opnieuw.',
} as const;
