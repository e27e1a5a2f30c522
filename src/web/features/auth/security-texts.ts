/**
 * Interface text of the second step of logging in, enrolling an app, one's own account and a
 * forgotten password: pages that load after the login form, so their text stays out of its
 * JavaScript.
 */
export const securityTexts = {
  secondFactor: {
    title: 'Tweede stap: de code uit uw app',
    intro:
      'Uw wachtwoord klopt. Vul nu de code in die uw authenticator-app toont bij Samenredzaam.',
    recoveryIntro:
      'Uw wachtwoord klopt. Vul nu een van de herstelcodes in die u bewaarde toen u inloggen in twee stappen instelde.',
    code: 'Code uit uw authenticator-app',
    codeHint: 'Zes cijfers. De app toont elke 30 seconden een nieuwe code.',
    recoveryCode: 'Herstelcode',
    recoveryCodeHint: 'Tien tekens, bijvoorbeeld abcde-12345. Elke herstelcode werkt één keer.',
    useRecoveryCode: 'Telefoon niet bij de hand? Gebruik een herstelcode',
    useApp: 'Toch de code uit de app gebruiken',
    submit: 'Inloggen',
    cancel: 'Annuleren',
    lostBoth:
      'Telefoon en herstelcodes kwijt? Vraag de functioneel beheerder om inloggen in twee stappen voor u opnieuw te laten instellen.',
    failed: 'Inloggen is niet gelukt. Probeer het opnieuw.',
  },
  demo: {
    title: 'Codes voor de demo',
    intro:
      'Deze demo-accounts loggen in twee stappen in, zoals hun rol vraagt. Vul na het wachtwoord de code hieronder in; de code verandert elke 30 seconden.',
    codeFor: (email: string) => `Code voor ${email}`,
    wait: 'even geduld, de volgende code komt zo',
  },
  enrolment: {
    title: 'Inloggen in twee stappen instellen',
    required:
      'Uw rol vraagt om inloggen in twee stappen: na uw wachtwoord vult u elke keer een code in uit een app op uw telefoon. Stel dat nu in; daarna kunt u verder.',
    optional:
      'Met inloggen in twee stappen vult u na uw wachtwoord een code in uit een app op uw telefoon. Wie uw wachtwoord weet, kan dan nog niet inloggen.',
    appHint:
      'U hebt een authenticator-app nodig, bijvoorbeeld Microsoft Authenticator, Google Authenticator of FreeOTP. Die kunt u gratis installeren.',
    start: 'Beginnen met instellen',
    scanTitle: '1. Voeg Samenredzaam toe aan uw app',
    scan: 'Scan deze QR-code met uw authenticator-app.',
    qrAlt: 'QR-code om Samenredzaam toe te voegen aan uw authenticator-app',
    manual: 'Kunt u niet scannen? Voeg dan in de app handmatig een account toe met deze gegevens:',
    issuer: 'Naam',
    account: 'Account',
    secret: 'Sleutel',
    kind: 'Soort',
    kindValue: 'op tijd gebaseerd, 6 cijfers, elke 30 seconden',
    confirmTitle: '2. Vul de code uit de app in',
    code: 'Code uit uw authenticator-app',
    codeHint: 'Zes cijfers, zoals de app ze nu toont bij Samenredzaam.',
    confirm: 'Bevestigen',
    failed: 'Instellen is niet gelukt. Probeer het opnieuw.',
    doneTitle: 'Inloggen in twee stappen staat aan',
    recoveryIntro:
      'Bewaar deze tien herstelcodes op een veilige plek, bijvoorbeeld afgedrukt of in een wachtwoordmanager, niet op dezelfde telefoon. Met een herstelcode logt u in als u uw telefoon niet bij de hand hebt. Elke code werkt één keer. U ziet ze alleen nu.',
    recoveryCodes: 'Uw herstelcodes',
    continue: 'Ik heb de codes bewaard: verder',
    alreadyOn: 'Inloggen in twee stappen staat al aan voor uw account.',
    toAccount: 'Naar mijn account',
  },
  account: {
    title: 'Mijn account',
    name: 'Naam',
    email: 'E-mailadres',
    roles: 'Rollen',
    twoFactorTitle: 'Inloggen in twee stappen',
    on: (since: string) => `Staat aan sinds ${since}.`,
    off: 'Staat uit. Na uw wachtwoord wordt geen code gevraagd.',
    requiredNote: 'Voor uw rol is inloggen in twee stappen verplicht.',
    codesLeft: (count: number) =>
      count === 0
        ? 'U hebt geen ongebruikte herstelcodes meer. Maak hieronder nieuwe.'
        : count === 1
          ? 'U hebt nog 1 ongebruikte herstelcode.'
          : `U hebt nog ${count} ongebruikte herstelcodes.`,
    turnOn: 'Inloggen in twee stappen instellen',
    renewTitle: 'Nieuwe herstelcodes',
    renewIntro:
      'Tien nieuwe herstelcodes; de oude werken daarna niet meer. Vul ter controle de code uit uw app in.',
    renewCode: 'Code uit uw app (voor nieuwe herstelcodes)',
    renew: 'Nieuwe herstelcodes maken',
    renewed: 'Er zijn tien nieuwe herstelcodes. Bewaar ze goed; u ziet ze alleen nu.',
    offTitle: 'Uitzetten',
    offIntro:
      'Vul ter controle de code uit uw app in. Daarna vraagt Samenredzaam na uw wachtwoord geen code meer.',
    offCode: 'Code uit uw app (om uit te zetten)',
    turnOff: 'Inloggen in twee stappen uitzetten',
    turnedOff: 'Inloggen in twee stappen staat uit.',
    failed: 'Dat is niet gelukt. Probeer het opnieuw.',
  },
  forgot: {
    title: 'Wachtwoord vergeten',
    intro:
      'Vul het e-mailadres van uw account in. U krijgt dan een e-mail met een link waarmee u een nieuw wachtwoord kiest.',
    email: 'E-mailadres',
    submit: 'Link aanvragen',
    sent: (email: string) =>
      `Als er een account is met het e-mailadres ${email}, dan is er nu een e-mail naar onderweg met een link. De link werkt één keer en 60 minuten lang. Geen e-mail gekregen? Kijk ook bij de ongewenste e-mail.`,
    failed: 'Aanvragen is niet gelukt. Probeer het opnieuw.',
    back: 'Terug naar inloggen',
  },
  reset: {
    title: 'Nieuw wachtwoord kiezen',
    intro:
      'Kies een nieuw wachtwoord voor uw account. Daarna wordt u overal uitgelogd en logt u in met het nieuwe wachtwoord (en, als u dat gebruikt, de code uit uw app).',
    password: 'Nieuw wachtwoord',
    passwordHint:
      'Minstens 12 tekens. Veelgebruikte wachtwoorden worden geweigerd; een zin van een paar woorden is sterk en goed te onthouden.',
    submit: 'Wachtwoord opslaan',
    failed: 'Opslaan is niet gelukt. Probeer het opnieuw.',
    newLink: 'Een nieuwe link aanvragen',
  },
} as const;
