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
    provisionsTitle: 'Een voorziening vinden',
    findProvisions:
      'Zoek een voorziening op buurt, dag, doelgroep of toegankelijkheid, en meld u aan. Het sociaal team in uw wijk helpt u ook een voorziening te vinden die bij u past.',
    socialMapLink: 'Zoek een voorziening op de sociale kaart',
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
    rolesIntro: 'Hieronder staan per rol uw open taken, berekend uit de gegevens van dit moment.',
    tasksLabel: (role: string) => `Taken: ${role}`,
    noTasks: 'Er liggen op dit moment geen taken voor u klaar.',
    moreLabel: (role: string) => `Verder: ${role}`,
    yourOrganisations: 'Uw organisaties',
    noOrganisations:
      'U bent nog niet aan een organisatie gekoppeld. Neem contact op met de functioneel beheerder van de gemeente.',
    plural: (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`,
    officer: {
      roundsCaption: 'Subsidierondes en hun stand',
      roundColumns: ['Ronde', 'Stand', 'Op tijd ingediend'],
      noRounds: 'Er is nog geen subsidieronde. Maak er een aan onder Subsidierondes.',
      ceilingCaption: (round: string) => `Gebruik van het subsidieplafond: ${round}`,
      ceilingColumns: ['Categorie', 'Plafond', 'Aangevraagd (op tijd)', 'Toegekend'],
      notRanked: 'nog niet gerangschikt',
      withoutFinalScores: (count: number, round: string) =>
        `${count} ${count === 1 ? 'aanvraag' : 'aanvragen'} zonder eindscores in ${round}`,
      rankingsToFix: (round: string, categories: string) =>
        `Rangschikking vaststellen in ${round}: ${categories}`,
      lettersToIssue: (count: number, round: string) =>
        `${count} ${count === 1 ? 'beschikking' : 'beschikkingen'} klaar om te verzenden in ${round}`,
      completionPastTerm: (count: number) =>
        `${count} ${count === 1 ? 'verzoek' : 'verzoeken'} om aanvulling met een verstreken termijn`,
      objectionsToDecide: (count: number) =>
        `${count} ${count === 1 ? 'bezwaar' : 'bezwaren'} om op te beslissen`,
      settlementsToPropose: (count: number) =>
        `${count} ${count === 1 ? 'subsidie' : 'subsidies'} om vast te stellen (verantwoording ingediend)`,
      settlementsToIssue: (count: number) =>
        `${count} ${count === 1 ? 'vaststelling is' : 'vaststellingen zijn'} voorgesteld en nog niet verzonden`,
      grantChangesToDecide: (count: number) =>
        `${count} ${count === 1 ? 'wijzigingsverzoek' : 'wijzigingsverzoeken'} op een subsidie om op te beslissen`,
      reportsOverdue: (count: number) =>
        `${count} ${count === 1 ? 'verantwoording' : 'verantwoordingen'} te laat (uiterste datum verstreken)`,
      sifUndecided: (count: number, nearing: number, ready: number) =>
        `${count} ${count === 1 ? 'initiatief' : 'initiatieven'} bij het Sociaal Investeringsfonds nog niet besloten: ${ready} klaar om te besluiten, ${nearing} met een beslistermijn binnen twee weken of verstreken`,
      links: {
        scheme: 'Subsidieregeling',
        organisations: 'Organisaties bekijken',
        participantReport: 'Rapportage deelnemers: de cijfers van alle voorzieningen',
      },
    },
    roundStates: {
      preparation: 'Concept (in voorbereiding)',
      scheduled: 'Gepubliceerd, nog niet open',
      open: 'Open voor aanvragen',
      closed: 'Gesloten (deadline verstreken)',
      in_assessment: 'In beoordeling',
      ranked: 'Gerangschikt',
      decided: 'Besloten',
    },
    assessor: {
      toScore: (toScore: number, scored: number, assigned: number) =>
        `${toScore} ${toScore === 1 ? 'aanvraag' : 'aanvragen'} te beoordelen (${scored} van ${assigned} beoordeeld)`,
      sifToAssess: (count: number) =>
        `${count} ${count === 1 ? 'initiatief' : 'initiatieven'} van het Sociaal Investeringsfonds te beoordelen`,
    },
    applicant: {
      openRounds: (count: number) =>
        count === 0
          ? 'Er is op dit moment geen subsidieronde open.'
          : count === 1
            ? 'Er is 1 subsidieronde open: u kunt een aanvraag doen.'
            : `Er zijn ${count} subsidierondes open: u kunt een aanvraag doen.`,
      drafts: (count: number) =>
        `${count} ${count === 1 ? 'concept' : 'concepten'} nog niet ingediend`,
      decisions: (count: number) =>
        `${count} ${count === 1 ? 'beschikking' : 'beschikkingen'} ontvangen`,
      report: (reference: string, day: string, overdue: boolean) =>
        overdue
          ? `Verantwoording van subsidie ${reference} is te laat: de uiterste datum was ${day}`
          : `Verantwoording van subsidie ${reference} indienen, uiterlijk ${day}`,
      complete: (reference: string, day: string) =>
        `Aanvraag ${reference} aanvullen, uiterlijk ${day}`,
      links: {
        applications: 'Uw aanvragen',
        provisions: 'Uw voorzieningen',
        organisation: 'Gegevens van uw organisatie',
      },
    },
    coordinator: {
      referrals: (count: number, provision: string) =>
        `${count} ${count === 1 ? 'verwijzing wacht' : 'verwijzingen wachten'} op uw besluit (${provision})`,
      attendance: (week: string, provision: string) =>
        `Aanwezigheid invullen voor ${week} (${provision})`,
      participants: 'Deelnemers: inschrijven, aanwezigheid, metingen en rapportage',
      noProvisions:
        'U bent nog geen coördinator van een voorziening. Het bestuur van uw organisatie wijst coördinatoren aan.',
    },
    socialWorker: {
      pending: (count: number) =>
        `${count} ${count === 1 ? 'verwijzing wacht' : 'verwijzingen wachten'} op een besluit van de voorziening`,
      summary: (accepted: number, declined: number, expired: number) =>
        `Aangenomen: ${accepted}, afgewezen: ${declined}, verlopen: ${expired}`,
      find: 'Een voorziening zoeken en een inwoner verwijzen',
      mine: 'Mijn verwijzingen en hun status',
    },
    finance: {
      due: (count: number, amount: string) =>
        `${count} ${count === 1 ? 'voorschottermijn vervalt' : 'voorschottermijnen vervallen'} en ${count === 1 ? 'staat' : 'staan'} nog in geen betaalrun (samen ${amount}): bereid een betaalrun voor`,
      approve: (reference: string) =>
        `Betaalrun ${reference} wacht op uw goedkeuring (een collega bereidde haar voor)`,
      reclaims: (count: number, amount: string, overdue: number) =>
        `${count} ${count === 1 ? 'terugvordering staat' : 'terugvorderingen staan'} open (samen ${amount})${overdue > 0 ? `, waarvan ${overdue} over de betaaltermijn` : ''}: registreer wat is terugbetaald`,
      fundBookings: (count: number) =>
        `${count} ${count === 1 ? 'boeking van het Sociaal Investeringsfonds wacht' : 'boekingen van het Sociaal Investeringsfonds wachten'} op uw goedkeuring (een collega stelde ${count === 1 ? 'haar' : 'ze'} voor)`,
      fund: 'Sociaal Investeringsfonds',
      runs: 'Betaalruns',
      reclaimList: 'Terugvorderingen',
      grants: 'Subsidies en voorschotten',
      overview: 'Financieel overzicht per categorie en jaar',
    },
    wmoAnalyst: {
      noImports: 'Er zijn nog geen Wmo-toekenningen ingelezen.',
      imports: (count: number) =>
        `${count} ${count === 1 ? 'bestand' : 'bestanden'} met Wmo-toekenningen ingelezen of aangeboden`,
      running: (count: number) => `${count} ${count === 1 ? 'import loopt' : 'imports lopen'} nog`,
      refused: (count: number) =>
        `${count} ${count === 1 ? 'import is' : 'imports zijn'} geweigerd: bekijk waarom`,
      newSignals: (count: number) =>
        `${count} ${count === 1 ? 'nieuw signaal' : 'nieuwe signalen'} van mogelijke dubbele financiering`,
      inProgress: (count: number) =>
        `${count} ${count === 1 ? 'signaal' : 'signalen'} in behandeling`,
      dashboard: 'Dubbele financiering: overzicht',
    },
    admin: {
      users: (active: number, inactive: number) =>
        `${active} actieve ${active === 1 ? 'gebruiker' : 'gebruikers'}${inactive > 0 ? ` (${inactive} gedeactiveerd)` : ''}`,
      audit: (count: number) =>
        `${count} ${count === 1 ? 'gebeurtenis' : 'gebeurtenissen'} in het auditlog in het afgelopen etmaal`,
      mail: (count: number) =>
        `${count} ${count === 1 ? 'e-mail' : 'e-mails'} in de uitgaande post, nog niet verzonden`,
      organisations: 'Organisaties',
    },
  },
  /** What each role does here; finance and participants also read what is not there yet. */
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
      does: 'U betaalt de voorschotten en nabetalingen van subsidies: u bereidt betaalruns voor, keurt de runs van een collega goed (vier ogen) en exporteert ze als SEPA-bestand voor de bank. U registreert terugvorderingen die zijn terugbetaald.',
      status: '',
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
      status: '',
    },
    participant: {
      does: 'U vult de vragenlijsten over positieve gezondheid en tevredenheid in.',
      status:
        'Een vragenlijst opent u via de persoonlijke link of QR-code die u van de coördinator van uw voorziening krijgt; daarvoor hoeft u niet in te loggen. In uw account staan geen vragenlijsten.',
    },
    admin: {
      does: 'U beheert de gebruikers, hun rollen en de gegevens van organisaties, en u kunt in het auditlog nagaan wie wat heeft gewijzigd.',
      status: '',
    },
  } satisfies Record<Role, { does: string; status: string }>,
} as const;
