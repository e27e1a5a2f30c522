/** Interface text of user management. */
export const usersTexts = {
  list: {
    title: 'Gebruikers',
    intro: 'Hier beheert u wie Samenredzaam gebruikt, met welke rollen en voor welke organisaties.',
    caption: (count: number) =>
      count === 1 ? 'Alle gebruikers (1)' : `Alle gebruikers (${count})`,
    empty: 'Er zijn nog geen gebruikers.',
    columns: {
      name: 'Naam',
      email: 'E-mailadres',
      roles: 'Rollen',
      organisations: 'Organisaties',
      status: 'Status',
    },
    none: 'geen',
    active: 'Actief',
    inactive: 'Inactief',
    editLink: (name: string) => `${name}`,
    editHint: 'Klik op een naam om de gebruiker te wijzigen.',
  },
  create: {
    title: 'Nieuwe gebruiker',
    submit: 'Gebruiker toevoegen',
    created: (name: string) => `Gebruiker ${name} is toegevoegd.`,
  },
  edit: {
    title: 'Gebruiker wijzigen',
    back: 'Terug naar gebruikers',
    notFound: 'Deze gebruiker bestaat niet (meer).',
    emailLabel: 'E-mailadres',
    emailFixed: 'Het e-mailadres kan niet worden gewijzigd.',
    submit: 'Wijzigingen opslaan',
    saved: 'De wijzigingen zijn opgeslagen.',
  },
  throttle: {
    title: 'Inlogvertraging',
    explanation:
      'Na tien mislukte inlogpogingen binnen een uur moet elke volgende poging langer wachten (2, 4, 8 seconden … tot een kwartier). Vanaf een adres waarvandaan deze gebruiker eerder inlogde, geldt die vertraging niet. Het account wordt nooit geblokkeerd. Kan de gebruiker toch niet inloggen, hef de vertraging dan op.',
    submit: 'Inlogvertraging opheffen',
    cleared: (count: number) =>
      count === 0
        ? 'Er waren geen mislukte inlogpogingen; de gebruiker kan inloggen.'
        : count === 1
          ? 'De vertraging is opgeheven: 1 mislukte poging is vergeten.'
          : `De vertraging is opgeheven: ${count} mislukte pogingen zijn vergeten.`,
  },
  twoFactor: {
    title: 'Inloggen in twee stappen',
    on: (since: string) => `Staat aan sinds ${since}.`,
    off: 'Staat uit.',
    required:
      'Verplicht voor deze rol: zonder ingestelde app wordt bij de volgende keer inloggen eerst om het instellen gevraagd.',
    optional: 'Niet verplicht voor deze rol; de gebruiker kan het zelf aanzetten.',
    explanation:
      'Is de gebruiker de telefoon met de app en de herstelcodes kwijt? Laat inloggen in twee stappen dan opnieuw instellen. De gebruiker wordt overal uitgelogd en stelt bij de volgende keer inloggen een nieuwe app in (of, als het niet verplicht is, logt in met alleen het wachtwoord).',
    submit: 'Opnieuw laten instellen',
    confirmTitle: 'Inloggen in twee stappen opnieuw laten instellen?',
    confirmBody:
      'De app en de herstelcodes van deze gebruiker werken daarna niet meer, en de gebruiker wordt overal uitgelogd.',
    confirm: 'Ja, opnieuw laten instellen',
    done: 'Inloggen in twee stappen is gewist; de gebruiker is uitgelogd.',
  },
  fields: {
    name: 'Naam',
    email: 'E-mailadres',
    password: 'Wachtwoord',
    passwordHint:
      'Kies een wachtwoord van minstens 12 tekens. Veelgebruikte wachtwoorden, zoals Wachtwoord2024!, worden geweigerd.',
    newPassword: 'Nieuw wachtwoord (niet verplicht)',
    newPasswordHint:
      'Laat leeg om het wachtwoord niet te wijzigen. Een nieuw wachtwoord is minstens 12 tekens lang.',
    roles: 'Rollen',
    rolesHint: 'Kies minstens één rol.',
    organisations: 'Organisaties',
    organisationsHint:
      'De organisaties namens welke deze gebruiker werkt. Nodig voor aanvragers en coördinatoren.',
    noOrganisations:
      'Er zijn nog geen organisaties. Voeg eerst een organisatie toe bij Organisaties.',
    active: 'Actief',
    activeHint: 'Een inactieve gebruiker kan niet meer inloggen.',
  },
  saveFailed: 'Opslaan is niet gelukt. Probeer het opnieuw.',
} as const;
