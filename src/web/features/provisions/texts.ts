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
  publicInfo: {
    title: 'Op de sociale kaart',
    intro:
      'Inwoners en sociaal werkers vinden uw voorziening op de openbare sociale kaart. Houd hier de tekst, de toegankelijkheid, het contact en de foto actueel. De openingstijden zijn de dagdelen hierboven (ochtend 09.00–12.00, middag 13.00–17.00, avond 19.00–22.00 uur). Wijzigingen staan direct op de kaart.',
    viewLink: 'Bekijk de voorziening op de sociale kaart',
    description: 'Tekst voor inwoners (niet verplicht)',
    descriptionHint:
      'Wat u aanbiedt, voor wie, en hoe iemand kan aanschuiven. Hoogstens 2000 tekens.',
    features: 'Toegankelijkheid',
    email: 'E-mailadres voor inwoners (niet verplicht)',
    phone: 'Telefoonnummer voor inwoners (niet verplicht)',
    submit: 'Tekst en contact opslaan',
    saved: 'De tekst en het contact zijn opgeslagen en staan op de sociale kaart.',
    photoTitle: 'Foto',
    photo: 'Foto',
    photoHint:
      'Eén foto, JPEG, PNG of WebP, hoogstens 8 MB. Wij verkleinen hem tot 1200 pixels breed en halen gegevens als plaats en datum eruit. Zet geen herkenbare deelnemers op de foto zonder hun toestemming.',
    photoMissing: 'Kies een foto.',
    photoTooLarge: 'De foto is te groot: hoogstens 8 MB.',
    altText: 'Tekst bij de foto',
    altTextHint:
      'Wat er op de foto staat, voor wie hem niet kan zien. Bijvoorbeeld: de huiskamer met een lange tafel en mensen die koffie drinken.',
    photoSubmit: 'Foto opslaan',
    photoSaved: 'De foto staat op de sociale kaart.',
    photoRemove: 'Foto weghalen',
    photoRemoved: 'De foto is weggehaald.',
    photoNow: 'De foto die nu op de sociale kaart staat.',
    noPhoto: 'Er staat nog geen foto op de sociale kaart.',
  },
  visibility: {
    title: 'Zichtbaar op de sociale kaart',
    isShown: 'Deze voorziening staat op de sociale kaart.',
    isHidden: (reason: string) =>
      `Deze voorziening is verborgen op de sociale kaart. Reden: ${reason}`,
    reason: 'Reden om te verbergen',
    reasonHint:
      'De organisatie leest deze reden bij haar voorziening. Bijvoorbeeld: het adres klopt niet meer.',
    hide: 'Verbergen op de sociale kaart',
    show: 'Weer tonen op de sociale kaart',
    hiddenNow: 'De voorziening is verborgen op de sociale kaart.',
    shownNow: 'De voorziening staat weer op de sociale kaart.',
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
