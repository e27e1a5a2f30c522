/** Interface text of referrals: finding a provision, referring a resident, deciding. */
export const referralsTexts = {
  finder: {
    title: 'Verwijzen',
    intro:
      'Verwijs een inwoner naar een algemene voorziening die u op de sociale kaart vond. Verwijs alleen als de inwoner dat wil en toestemming geeft om de gegevens te delen.',
    myReferrals: 'Mijn verwijzingen',
    backToMap: 'Terug naar de sociale kaart',
    chosen: 'De voorziening die u op de sociale kaart koos',
    toMap: 'Zoek een voorziening op de sociale kaart',
    notFound:
      'Deze voorziening staat niet (meer) op de sociale kaart. Zoek een andere voorziening op de sociale kaart.',
    refer: 'Verwijs een inwoner',
    referTo: (name: string) => ` naar ${name}`,
  },
  provision: {
    organisation: 'Organisatie',
    category: 'Soort',
    address: 'Adres',
    neighbourhood: 'Buurt',
    opening: 'Open op',
    targetGroups: 'Voor wie',
    accessibility: 'Toegankelijkheid',
    unknown: 'Niet bekend',
    neighbourhoodIn: (neighbourhood: string, district: string | null) =>
      district ? `${neighbourhood} (wijk ${district})` : neighbourhood,
  },
  form: {
    title: (provision: string) => `Verwijzing naar ${provision}`,
    intro:
      'De voorziening krijgt deze gegevens om contact op te nemen met de inwoner. Vul alleen in wat daarvoor nodig is.',
    route: 'U verwijst vanuit',
    residentName: 'Naam of voorletters van de inwoner',
    residentNameHint: 'Bijvoorbeeld P. Smeets of Paula S.',
    residentContact: 'Telefoonnummer of e-mailadres van de inwoner',
    residentContactHint: 'Hierop neemt de voorziening contact op met de inwoner.',
    birthYear: 'Geboortejaar (niet verplicht)',
    neighbourhood: 'Buurt van de inwoner (niet verplicht)',
    noNeighbourhood: 'Geen buurt gekozen',
    note: 'Waarom past deze voorziening bij de inwoner? (niet verplicht)',
    noteHint: 'Schrijf geen medische gegevens.',
    consentTitle: 'Toestemming van de inwoner',
    consentGivenOn: 'Datum van de toestemming',
    consentGivenOnHint: 'Vandaag of eerder.',
    consentMethod: 'Hoe heeft de inwoner toestemming gegeven?',
    consentConfirmed: (provision: string) =>
      `De inwoner heeft toestemming gegeven om deze gegevens te delen met ${provision}.`,
    noBsn: 'Vraag niet naar een BSN: een verwijzing heeft dat niet nodig.',
    submit: 'Verwijzing versturen',
    cancel: 'Annuleren',
    sent: (provision: string) =>
      `De verwijzing naar ${provision} is verstuurd. De voorziening beoordeelt de verwijzing en neemt daarna contact op met de inwoner.`,
    sentLink: 'Bekijk de status bij Mijn verwijzingen',
    failed: 'Versturen is niet gelukt. Probeer het opnieuw.',
  },
  mine: {
    title: 'Mijn verwijzingen',
    intro:
      'De inwoners die u hebt verwezen, en wat de voorziening heeft besloten. Is een verwijzing afgewezen, dan staat de reden erbij.',
    findLink: 'Een inwoner verwijzen',
    caption: (count: number) =>
      count === 1 ? 'Uw verwijzingen (1)' : `Uw verwijzingen (${count})`,
    empty: 'U hebt nog niemand verwezen.',
    columns: {
      date: 'Verwezen op',
      resident: 'Inwoner',
      provision: 'Voorziening',
      status: 'Status',
      outcome: 'Toelichting van de voorziening',
    },
    decidedOn: (day: string) => `Besloten op ${day}.`,
    noOutcome: 'Nog geen besluit.',
  },
  incoming: {
    title: (provision: string) => `Verwijzingen voor ${provision}`,
    documentTitle: 'Verwijzingen',
    intro:
      'Inwoners die het sociaal team of Sociale Zaken naar uw voorziening heeft verwezen, en inwoners die zich zelf hebben aangemeld via de sociale kaart. Neemt u een verwijzing aan, dan wordt de inwoner deelnemer; de toestemming voor registratie is dan al vastgelegd.',
    back: 'Terug naar de deelnemers',
    pendingTitle: 'Nog te beoordelen',
    pendingEmpty: 'Er zijn geen verwijzingen die nog op uw besluit wachten.',
    decidedTitle: 'Beoordeeld',
    decidedEmpty: 'U hebt nog geen verwijzingen beoordeeld.',
    caption: (count: number) =>
      count === 1 ? 'Beoordeelde verwijzingen (1)' : `Beoordeelde verwijzingen (${count})`,
    columns: {
      date: 'Verwezen op',
      resident: 'Inwoner',
      referredBy: 'Verwezen door',
      status: 'Status',
      outcome: 'Deelnemer of reden',
    },
    facts: {
      referredOn: 'Verwezen op',
      referredBy: 'Verwezen door',
      contact: 'Telefoon of e-mail',
      birthYear: 'Geboortejaar',
      neighbourhood: 'Buurt',
      note: 'Waarom deze voorziening past',
      consent: 'Toestemming',
    },
    referredBy: (name: string | null, route: string) => (name ? `${name} (${route})` : route),
    consent: (day: string, method: string) => `Gegeven op ${day}: ${method.toLowerCase()}.`,
    none: 'Niet ingevuld',
    erased: 'Gegevens verwijderd',
    openParticipant: (name: string) => `Open deelnemer ${name}`,
    participant: 'Open de deelnemer',
  },
  decision: {
    legend: (resident: string) => `Uw besluit over ${resident}`,
    accept: 'Aannemen: de inwoner wordt deelnemer',
    decline: 'Afwijzen',
    startDate: 'Startdatum',
    startDateHint: 'De eerste dag dat de inwoner komt. Niet vóór de datum van de toestemming.',
    reason: 'Reden van afwijzen',
    reasonHint:
      'De verwijzer ziet deze reden. Schrijf kort waarom, zonder medische of andere gevoelige gegevens.',
    submit: 'Besluit opslaan',
    accepted: (resident: string) => `${resident} is aangenomen en staat nu bij uw deelnemers.`,
    declined: (resident: string) =>
      `De verwijzing van ${resident} is afgewezen. De verwijzer ziet de reden.`,
    failed: 'Opslaan is niet gelukt. Probeer het opnieuw.',
  },
} as const;
