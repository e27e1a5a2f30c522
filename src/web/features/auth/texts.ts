/** Interface text of logging in and out. */
export const authTexts = {
  login: {
    title: 'Inloggen',
    intro:
      'Dit deel van Samenredzaam is voor medewerkers van de gemeente en van organisaties die een algemene voorziening aanbieden. Log in met uw e-mailadres en wachtwoord.',
    email: 'E-mailadres',
    password: 'Wachtwoord',
    submit: 'Inloggen',
    busy: 'Bezig met inloggen…',
    loggedOut: 'U bent uitgelogd.',
    accepted:
      'Uw account is aangemaakt en u hoort nu bij de organisatie. Log in met uw e-mailadres en wachtwoord.',
    failed: 'Inloggen is niet gelukt. Probeer het opnieuw.',
    noAccount:
      'Hebt u nog geen account? De functioneel beheerder van de gemeente maakt accounts aan voor medewerkers en organisaties.',
    forgotPassword: 'Wachtwoord vergeten?',
    passwordChanged: 'Uw wachtwoord is gewijzigd. Log in met uw nieuwe wachtwoord.',
  },
} as const;
