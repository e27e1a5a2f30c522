import type { OidcLoginError } from '../../../server/features/auth/oidc.schemas.ts';

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
  /** Logging in at the organisation's own identity provider (OpenID Connect). */
  oidc: {
    intro:
      'Dit deel van Samenredzaam is voor medewerkers van de gemeente en van organisaties die een algemene voorziening aanbieden. Log in met het account van uw organisatie, of met uw e-mailadres en wachtwoord.',
    orPassword: 'Of log in met uw e-mailadres en wachtwoord:',
    /** Why logging in at the identity provider did not succeed (`/inloggen?fout=…`). */
    errors: {
      OIDC_UNAVAILABLE:
        'De inlogdienst van uw organisatie is nu niet bereikbaar. Probeer het later opnieuw, of log in met uw e-mailadres en wachtwoord als u die hebt.',
      OIDC_EXPIRED:
        'Het inloggen duurde te lang of is in een ander venster begonnen. Probeer het opnieuw.',
      OIDC_FAILED:
        'Het inloggen bij uw organisatie kon niet worden gecontroleerd. Probeer het opnieuw. Lukt het dan nog niet, neem dan contact op met de functioneel beheerder van de gemeente.',
      OIDC_CANCELLED: 'U bent niet ingelogd: het inloggen bij uw organisatie is afgebroken.',
      OIDC_NO_VERIFIED_EMAIL:
        'Uw organisatie-account geeft geen bevestigd e-mailadres door, en daaraan herkent Samenredzaam u. Neem contact op met de beheerder van uw organisatie-account of met de functioneel beheerder van de gemeente.',
      OIDC_UNKNOWN_ACCOUNT:
        'U bent ingelogd bij uw organisatie, maar Samenredzaam heeft geen account met uw e-mailadres. Vraag de functioneel beheerder van de gemeente om een account voor u aan te maken; daarna kunt u hier inloggen.',
      OIDC_ACCOUNT_INACTIVE:
        'Uw account in Samenredzaam is gedeactiveerd. Neem contact op met de functioneel beheerder van de gemeente.',
      OIDC_LINKED_TO_OTHER:
        'Uw account in Samenredzaam is al gekoppeld aan een ander account bij uw organisatie. Neem contact op met de functioneel beheerder van de gemeente.',
    } satisfies Record<OidcLoginError, string>,
  },
} as const;
