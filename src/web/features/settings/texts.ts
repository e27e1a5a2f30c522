/** Interface text of the installation's privacy settings. */
export const settingsTexts = {
  privacy: {
    title: 'Privacy-instellingen',
    intro:
      'Wie is verantwoordelijk voor de persoonsgegevens die de gemeente verwerkt, en hoe bereiken inwoners de functionaris gegevensbescherming? Dit staat op het toestemmingsformulier dat voorzieningen afdrukken.',
    controller: 'Verwerkingsverantwoordelijke',
    controllerHint:
      'Zoals het in een zin past: bijvoorbeeld "het college van burgemeester en wethouders van Maastricht". Leeg: dan noemt het formulier het college van de gemeente.',
    officer: 'Functionaris gegevensbescherming',
    officerHint:
      'Naam of functie, bijvoorbeeld "de functionaris gegevensbescherming van de gemeente Maastricht".',
    officerEmail: 'E-mailadres van de functionaris gegevensbescherming',
    save: 'Opslaan',
    saved: 'De privacy-instellingen zijn opgeslagen.',
    saveFailed: 'Opslaan is niet gelukt. Probeer het opnieuw.',
  },
} as const;
