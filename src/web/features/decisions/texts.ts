import { OUTCOME_TITLES } from '../../../domain/tender/outcomes.ts';
/** Interface text of the decisions (beschikkingen). */
export const decisionsTexts = {
  failed: 'Het is niet gelukt. Probeer het opnieuw.',
  round: {
    title: (name: string) => `Beschikkingen: ${name}`,
    documentTitle: 'Beschikkingen',
    back: 'Terug naar de ronde',
    rankingLink: 'Naar de rangschikking',
    intro:
      'De beschikkingen volgen uit de vastgelegde rangschikking. Maak ze eerst; controleer ze; verzend ze daarna. Bij het verzenden wordt de verzenddatum vastgelegd en begint de bezwaartermijn van zes weken.',
    generateTitle: 'Beschikkingen maken',
    generate: 'Beschikkingen maken',
    progressLabel: 'Voortgang van het maken van de beschikkingen',
    progress: (done: number, total: number) => `${done} van ${total}`,
    generated: (total: number) =>
      total === 1 ? 'De beschikking is gemaakt.' : `De ${total} beschikkingen zijn gemaakt.`,
    jobFailed: 'Het maken van de beschikkingen is mislukt.',
    listTitle: 'Beschikkingen',
    caption: (count: number) => (count === 1 ? 'Beschikkingen (1)' : `Beschikkingen (${count})`),
    empty: 'Er zijn nog geen beschikkingen gemaakt.',
    columns: {
      reference: 'Kenmerk',
      organisation: 'Organisatie',
      application: 'Aanvraag',
      outcome: 'Uitkomst',
      granted: 'Bedrag',
      issued: 'Verzonden',
    },
    notIssued: 'Nog niet verzonden',
    issueTitle: 'Beschikkingen verzenden',
    issue: 'Beschikkingen verzenden',
    confirmTitle: 'Beschikkingen verzenden?',
    confirmBody:
      'De aanvragers krijgen een e-mail en kunnen hun beschikking inzien. De verzenddatum is vandaag; de bezwaartermijn van zes weken begint de dag erna. Verzenden kan niet ongedaan worden gemaakt.',
    /** The deadline shown before sending, from the same rule as the letters and e-mails. */
    confirmDeadline: (today: string, deadline: string) =>
      `Verzendt u vandaag (${today}), dan is de laatste dag om bezwaar te maken ${deadline}. Valt het einde van de zes weken op een weekend of feestdag, dan schuift die dag op volgens de Algemene termijnenwet.`,
    confirm: 'Ja, verzenden',
    issued: (count: number, sent: string, deadline: string) =>
      `${count === 1 ? '1 beschikking is' : `${count} beschikkingen zijn`} verzonden op ${sent}. Bezwaar maken kan tot en met ${deadline}.`,
  },
  decision: {
    documentTitle: 'Beschikking',
    back: 'Terug naar de aanvraag',
    notFound: 'Er is (nog) geen beschikking voor deze aanvraag.',
    reference: 'Kenmerk',
    granted: 'Verleend bedrag',
    sent: (day: string) => `Verzonden op ${day}`,
    objection: (day: string) => `Bezwaar maken kan tot en met ${day}`,
    notSent: 'Deze beschikking is nog niet verzonden.',
    letterLabel: 'De beschikking',
    pdf: 'Beschikking downloaden (PDF)',
    link: 'Beschikking bekijken',
  },
  renounce: {
    title: 'Afstand doen van de subsidie',
    intro:
      'Kan de organisatie de activiteit niet (meer) uitvoeren, dan kan zij afstand doen van de verleende subsidie. Intrekken van de aanvraag kan na een beschikking niet meer. De beschikking blijft bestaan; het bedrag valt vrij binnen het subsidieplafond. Er wordt niet opnieuw gerangschikt.',
    introOfficer:
      'Heeft de organisatie schriftelijk laten weten dat zij afstand doet van de subsidie, leg dat hier vast met de datum van haar brief. De beschikking blijft bestaan; het bedrag valt vrij binnen het subsidieplafond. Er wordt niet opnieuw gerangschikt.',
    reason: 'Reden',
    reasonHint: 'Minstens 5 tekens. Noem geen gegevens van personen.',
    requestedDay: 'Datum van de brief van de organisatie',
    requestedDayHint: 'Tussen de verzenddatum van de beschikking en vandaag.',
    button: 'Afstand doen',
    buttonOfficer: 'Afstand vastleggen',
    confirmTitle: 'Afstand doen van de subsidie?',
    confirmBody: (amount: string) =>
      `De organisatie doet afstand van ${amount}. Dit kan niet ongedaan worden gemaakt.`,
    confirm: 'Ja, afstand doen',
    done: 'Afstand gedaan',
    doneText: (day: string, amount: string, via: 'applicant' | 'written_request') =>
      `Op ${day} heeft de organisatie afstand gedaan van ${amount}${via === 'written_request' ? ' (schriftelijk verzoek, vastgelegd door de gemeente)' : ''}.`,
    doneReason: (reason: string) => `Reden: ${reason}`,
  },
  outcomes: OUTCOME_TITLES,
} as const;
