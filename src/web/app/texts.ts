import { componentTexts } from '../components/texts.ts';

/** Interface text of the application shell (layout, navigation, general pages). */
export const appTexts = {
  productName: componentTexts.productName,
  skipLink: 'Naar de inhoud',
  municipalityPrefix: 'Gemeente',
  demoSuffix: '(demo)',
  demoBanner: 'Dit is een demonstratieomgeving met verzonnen gegevens.',
  navigationLabel: 'Hoofdmenu',
  nav: {
    home: 'Startpagina',
    rounds: 'Subsidierondes',
    scheme: 'Regeling',
    completionRequests: 'Aanvullen',
    objections: 'Bezwaren',
    applications: 'Aanvragen',
    provisions: 'Voorzieningen',
    ownOrganisation: 'Organisatie',
    users: 'Gebruikers',
    organisations: 'Organisaties',
    audit: 'Auditlog',
    privacy: 'Privacy',
    outbox: 'Uitgaande post',
    assess: 'Beoordelen',
    participants: 'Deelnemers',
    refer: 'Verwijzen',
    myReferrals: 'Mijn verwijzingen',
    participantReport: 'Rapportage deelnemers',
    doubleFinancing: 'Dubbele financiering',
    login: 'Inloggen',
  },
  /** The bell in the header: its name reads e.g. "Meldingen, 3 ongelezen". */
  bell: {
    label: 'Meldingen',
    withUnread: (count: number) => `Meldingen, ${count} ongelezen`,
  },
  loggedInAs: 'Ingelogd als',
  account: 'Mijn account',
  logout: 'Uitloggen',
  logoutFailed: 'Uitloggen is niet gelukt. Probeer het opnieuw.',
  footer: {
    about: 'Samenredzaam: algemene voorzieningen van subsidietender tot impact.',
    licence: 'Open-source software onder de EUPL-1.2.',
  },
  notFound: {
    title: 'Pagina niet gevonden',
    body: 'Deze pagina bestaat niet (meer). Controleer het adres of ga naar de startpagina.',
    home: 'Naar de startpagina',
  },
  forbidden: {
    title: 'U hebt geen toegang tot deze pagina.',
    documentTitle: 'Geen toegang',
    body: 'Deze pagina is alleen voor medewerkers met een andere rol. Denkt u dat dit niet klopt? Neem contact op met de functioneel beheerder.',
    home: 'Naar de startpagina',
  },
  error: {
    title: 'Er ging iets mis',
    body: 'De pagina kon niet worden geladen. Probeer het later opnieuw.',
    retry: 'Opnieuw proberen',
  },
  network: 'De server is niet bereikbaar. Controleer uw verbinding en probeer het opnieuw.',
  unexpected: 'Er ging iets mis. Probeer het later opnieuw.',
} as const;
