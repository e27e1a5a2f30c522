import type { Role } from '../../../domain/roles.ts';

/** Interface text of the public landing page and the logged-in start page. */
export const homeTexts = {
  landing: {
    title: 'Welkom bij Samenredzaam',
    documentTitle: 'Welkom',
    intro: [
      'Algemene voorzieningen zijn plekken en activiteiten in uw buurt waar u zonder indicatie terechtkunt, zoals een huiskamer in de wijk, dagactiviteiten, informatie en advies of hulp bij klusjes in en om het huis.',
      'Met Samenredzaam organiseert de gemeente deze voorzieningen samen met organisaties uit de buurt, van de subsidieaanvraag tot wat ze voor inwoners betekenen.',
    ],
    provisionsTitle: 'Voorzieningen in uw buurt',
    noProvisions: 'Er zijn nog geen voorzieningen gepubliceerd.',
    districtsTitle: (municipality: string) => `Wijken en buurten van ${municipality}`,
    districtsIntro: 'Voorzieningen worden per buurt aangeboden. Dit zijn de wijken en hun buurten.',
    noDistricts: 'Er zijn nog geen wijken en buurten ingelezen.',
    neighbourhoodCount: (count: number) => (count === 1 ? '1 buurt' : `${count} buurten`),
    staffTitle: 'Voor medewerkers en organisaties',
    staffLink: 'Inloggen voor medewerkers en organisaties',
  },
  home: {
    title: 'Startpagina',
    welcome: (name: string) => `Welkom, ${name}.`,
    rolesIntro: 'Hieronder staat per rol wat u in Samenredzaam doet en hoe het ervoor staat.',
    yourOrganisations: 'Uw organisaties',
    noOrganisations:
      'U bent nog niet aan een organisatie gekoppeld. Neem contact op met de functioneel beheerder van de gemeente.',
    adminLinksLabel: 'Beheer',
    adminLinks: {
      users: 'Gebruikers',
      organisations: 'Organisaties',
      audit: 'Auditlog',
    },
    organisationsLink: 'Organisaties bekijken',
    officerLinksLabel: 'Subsidies',
    officerLinks: {
      rounds: 'Subsidierondes',
      scheme: 'Subsidieregeling',
    },
    openRounds: (count: number) =>
      count === 0
        ? 'Er is op dit moment geen subsidieronde open voor aanvragen.'
        : count === 1
          ? 'Er is 1 subsidieronde open voor aanvragen.'
          : `Er zijn ${count} subsidierondes open voor aanvragen.`,
    preparingRounds: (count: number) =>
      count === 1 ? '1 ronde is in voorbereiding.' : `${count} rondes zijn in voorbereiding.`,
    applicantLinksLabel: 'Aanvragen en voorzieningen',
    applications: (count: number, drafts: number) =>
      count === 0
        ? 'Aanvragen (nog geen)'
        : `Aanvragen (${count}${drafts > 0 ? `, waarvan ${drafts} ${drafts === 1 ? 'concept' : 'concepten'}` : ''})`,
    provisions: (count: number) =>
      count === 0 ? 'Voorzieningen (nog geen)' : `Voorzieningen (${count})`,
    ownOrganisation: 'Gegevens van uw organisatie',
    assessorLink: 'Beoordelen: de aanvragen die aan u zijn toegewezen',
    participantsLink: 'Deelnemers: inschrijven, aanwezigheid, metingen en rapportage',
    socialWorkerLinksLabel: 'Verwijzen',
    socialWorkerLinks: {
      find: 'Een voorziening zoeken en een inwoner verwijzen',
      mine: 'Mijn verwijzingen en hun status',
    },
    openForApplicant: (count: number) =>
      count === 0
        ? 'Er is op dit moment geen subsidieronde open.'
        : count === 1
          ? 'Er is 1 subsidieronde open: u kunt een aanvraag doen.'
          : `Er zijn ${count} subsidierondes open: u kunt een aanvraag doen.`,
    participantReportLink: 'Rapportage deelnemers: de cijfers van alle voorzieningen',
  },
  /** What each role does here, and the honest state of that work today. */
  roles: {
    policy_officer: {
      does: 'U zet subsidieregelingen en subsidierondes op, stelt per categorie het subsidieplafond vast, wijst beoordelaars toe, rangschikt de aanvragen en neemt de besluiten.',
      status: '',
    },
    assessor: {
      does: 'U beoordeelt de aanvragen die aan u zijn toegewezen, per criterium en met een schriftelijke motivering.',
      status: '',
    },
    finance: {
      does: 'U maakt betaalschema’s voor voorschotten, exporteert betalingen naar het financiële systeem en berekent de vaststelling van subsidies.',
      status: 'Er zijn nog geen verleende subsidies.',
    },
    applicant: {
      does: 'U vraagt namens uw organisatie subsidie aan en legt verantwoording af. Per voorziening ziet u de rapportage zonder namen; wie met deelnemers werkt, wijst u aan als coördinator.',
      status: '',
    },
    coordinator: {
      does: 'U registreert deelnemers (met hun toestemming), de aanwezigheid per dagdeel en metingen voor de voorziening die u coördineert.',
      status: '',
    },
    social_worker: {
      does: 'U zoekt een passende algemene voorziening voor een inwoner en verwijst door.',
      status: '',
    },
    wmo_analyst: {
      does: 'U leest individuele Wmo-toekenningen in, controleert op dubbele financiering en volgt die op met aanbieders.',
      status: 'Er zijn nog geen Wmo-toekenningen ingelezen.',
    },
    participant: {
      does: 'U vult de vragenlijsten over positieve gezondheid en tevredenheid in.',
      status: 'Er staan nog geen vragenlijsten voor u klaar.',
    },
    admin: {
      does: 'U beheert de gebruikers, hun rollen en de gegevens van organisaties, en u kunt in het auditlog nagaan wie wat heeft gewijzigd.',
      status: '',
    },
  } satisfies Record<Role, { does: string; status: string }>,
} as const;
