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
  paymentAccount: {
    title: 'Betaalrekening van de gemeente',
    intro:
      'Van deze rekening betalen de betaalruns de voorschotten. Zij staat als betaler in het SEPA-bestand voor de bank. Zonder rekening kan een betaalrun niet worden geëxporteerd.',
    iban: 'IBAN',
    ibanHint: 'Bijvoorbeeld NL74 BNGH 0285 1700 01.',
    bic: 'BIC',
    bicHint: 'De code van de bank, 8 of 11 tekens, bijvoorbeeld BNGHNL2G.',
    missing: 'Er is nog geen rekening ingevuld.',
    save: 'Opslaan',
    saved: 'De betaalrekening is opgeslagen.',
    saveFailed: 'Opslaan is niet gelukt. Probeer het opnieuw.',
  },
} as const;
