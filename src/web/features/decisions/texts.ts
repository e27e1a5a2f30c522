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
  outcomes: OUTCOME_TITLES,
} as const;
