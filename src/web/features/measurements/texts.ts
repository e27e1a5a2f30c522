/** Interface text of measurements: the coordinator's view and the participant's questionnaire. */
export const measurementsTexts = {
  satisfactionName: 'Tevredenheid',
  scale: {
    hint: '0 is heel slecht, 10 is heel goed.',
    low: 'heel slecht',
    high: 'heel goed',
  },
  participant: {
    sectionTitle: 'Positieve gezondheid en tevredenheid',
    intro:
      'De deelnemer en de coördinator geven elk een cijfer van 0 tot en met 10 voor zes onderdelen van gezondheid. Zo ziet u wat er verandert en waar de deelnemer over wil praten.',
    noConsent:
      'De deelnemer heeft geen toestemming gegeven voor vragenlijsten over gezondheid en tevredenheid. Daarom kunt u geen meting invullen en geen persoonlijke link maken. Leg eerst de toestemming vast bij de deelnemer.',
    left: 'Deze deelnemer is uitgestroomd. U kunt geen nieuwe metingen meer invullen.',
    talkTitle: 'Hier wil de deelnemer over praten',
    talkNone: 'Bij de laatste metingen is niets aangevinkt om over te praten.',
    talkMark: (label: string) => `★ ${label} (wil erover praten)`,
    webTitle: 'Spinnenweb',
    webNone: 'Er zijn nog geen metingen. Vul een meting in of maak een persoonlijke link.',
    chartLoading: 'Het spinnenweb wordt geladen…',
    chartLabel: (series: string[]) =>
      `Spinnenweb met de cijfers van ${series.join(', ')}. Dezelfde cijfers staan in de tabel.`,
    seriesParticipantNow: 'Deelnemer nu',
    seriesParticipantEarlier: 'Deelnemer eerder',
    seriesCoordinatorNow: 'Coördinator nu',
    seriesDated: (name: string, day: string) => `${name} (${day})`,
    webTableCaption: 'Cijfers van het spinnenweb',
    dimension: 'Onderdeel',
    noScore: 'geen meting',
    historyTitle: 'Alle metingen',
    historyCaption: (count: number) =>
      count === 1
        ? 'Alle metingen (1), nieuwste eerst'
        : `Alle metingen (${count}), nieuwste eerst`,
    columns: {
      measuredOn: 'Datum',
      respondent: 'Ingevuld door',
      satisfaction: 'Tevredenheid',
      talkAbout: 'Wil praten over',
      remark: 'Opmerking',
    },
    respondents: { participant: 'Deelnemer', coordinator: 'Coördinator' },
    nothing: '–',
  },
  record: {
    title: 'Meting invullen',
    intro:
      'Vul de cijfers in die u samen met de deelnemer bespreekt, of uw eigen inschatting als coördinator.',
    measuredOn: 'Datum van de meting',
    measuredOnHint: 'Niet later dan vandaag.',
    talk: 'Hier wil de deelnemer over praten',
    satisfaction: 'Hoe tevreden is de deelnemer over de voorziening?',
    remark: 'Opmerking over de tevredenheid (niet verplicht)',
    remarkHint: 'Schrijf geen medische gegevens op.',
    submit: 'Meting opslaan',
    saved: (day: string) => `De meting van ${day} is opgeslagen.`,
    failed: 'De meting kon niet worden opgeslagen.',
  },
  link: {
    title: 'Persoonlijke link voor de deelnemer',
    intro:
      'Met een persoonlijke link vult de deelnemer de vragenlijst zelf in, op de telefoon of de computer. Er is geen account nodig. De link werkt één keer.',
    active: (until: string) =>
      `Er is een persoonlijke link die nog niet is gebruikt. Die werkt tot ${until}. Een nieuwe link maakt die oude link ongeldig.`,
    create: 'Persoonlijke link maken',
    createAnother: 'Nieuwe persoonlijke link maken',
    created: (until: string) => `De persoonlijke link is gemaakt. Hij werkt tot ${until}.`,
    failed: 'De persoonlijke link kon niet worden gemaakt.',
    url: 'Persoonlijke link',
    urlHint:
      'Geef deze link aan de deelnemer, of laat de QR-code scannen. U ziet de link maar één keer.',
    copy: 'Link kopiëren',
    copied: 'De link is gekopieerd.',
    copyFailed: 'Kopiëren lukte niet. Selecteer de link en kopieer hem zelf.',
    qrAlt: 'QR-code met de persoonlijke link naar de vragenlijst',
    qrCaption: (until: string) =>
      `Scan deze code met de camera van een telefoon. Werkt tot ${until}.`,
    print: 'Afdrukken',
  },
  questionnaire: {
    title: 'Vragenlijst over uw gezondheid',
    documentTitle: 'Vragenlijst',
    intro: (provision: string) =>
      `Deze vragen gaan over hoe het met u gaat, en hoe tevreden u bent over ${provision}. Er zijn geen goede of foute antwoorden. Het invullen duurt ongeveer 5 minuten.`,
    how: 'Geef bij elk onderdeel een cijfer van 0 tot en met 10. Wilt u ergens over praten met de coördinator? Vink dan "Hier wil ik over praten" aan.',
    validUntil: (until: string) => `U kunt de vragenlijst invullen tot ${until}.`,
    talk: 'Hier wil ik over praten',
    satisfaction: (provision: string) => `Hoe tevreden bent u over ${provision}?`,
    remark: 'Wilt u nog iets zeggen? (niet verplicht)',
    remarkHint: 'Bijvoorbeeld wat u fijn vindt, of wat beter kan.',
    submit: 'Versturen',
    failed: 'Het versturen is niet gelukt. Probeer het opnieuw.',
    thanksTitle: 'Bedankt!',
    thanks:
      'Uw antwoorden zijn verstuurd. Bedankt voor het invullen. U kunt deze pagina nu sluiten.',
    unknownTitle: 'Deze link werkt niet',
    expiredTitle: 'Deze link is verlopen',
    usedTitle: 'Deze vragenlijst is al ingevuld',
    noConsentTitle: 'Deze vragenlijst kan niet worden ingevuld',
  },
};
