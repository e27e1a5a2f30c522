import { COMPLETION_STATE_LABELS } from '../../../server/features/completion/completion.schemas.ts';

/** Interface text of requests to complete an application (Awb 4:5). */
export const completionTexts = {
  failed: 'Het is niet gelukt. Probeer het opnieuw.',
  states: COMPLETION_STATE_LABELS,
  section: {
    title: 'Aanvullen',
    intro:
      'Ontbreekt er een stuk of een gegeven, dan vraagt de gemeente de aanvraag aan te vullen binnen een termijn. Pas als die termijn ongebruikt is verstreken, kan de aanvraag buiten behandeling worden gesteld (artikel 4:5 Algemene wet bestuursrecht).',
    none: 'Er is niet om aanvulling gevraagd.',
    caption: 'Verzoeken om aanvulling',
    columns: {
      requested: 'Gevraagd op',
      what: 'Wat ontbreekt',
      due: 'Aanvullen tot en met',
      state: 'Stand',
    },
    information: 'Informatie',
    answer: (day: string) => `Aangevuld op ${day}`,
  },
  answer: {
    title: (due: string) => `Vul uw aanvraag aan (tot en met ${due})`,
    file: (label: string) => `Kies het bestand: ${label.toLowerCase()}`,
    fileHint: 'Een PDF-bestand of een afbeelding (PNG, JPEG) van hoogstens 10 MB.',
    text: 'Uw antwoord',
    textNote: 'Toelichting (niet verplicht)',
    submit: 'Aanvulling versturen',
    done: 'Uw aanvulling is ontvangen.',
  },
  request: {
    title: 'Om aanvulling vragen',
    kind: 'Wat ontbreekt',
    information: 'Een gegeven (de aanvrager antwoordt in tekst)',
    description: 'Beschrijving voor de aanvrager',
    descriptionHint:
      'Zeg precies wat ontbreekt of onduidelijk is; de aanvrager krijgt dit per e-mail.',
    termDays: 'Termijn in dagen',
    termHint:
      'Standaard 14 dagen (twee weken), van 7 tot en met 56 dagen. De laatste dag is de dag van het verzoek plus de termijn.',
    submit: 'Verzoek versturen',
    done: (due: string) =>
      `Het verzoek is verstuurd. De aanvrager kan aanvullen tot en met ${due}.`,
  },
  setAside: {
    button: 'Buiten behandeling stellen',
    confirmTitle: 'Aanvraag buiten behandeling stellen?',
    confirmBody:
      'De termijn is verstreken zonder aanvulling. De aanvrager krijgt een beschikking dat de aanvraag niet in behandeling wordt genomen (artikel 4:5 Awb), met de mogelijkheid van bezwaar. De aanvraag doet niet mee in de rangschikking. Dit kan niet ongedaan worden gemaakt.',
    confirm: 'Ja, buiten behandeling stellen',
    done: (reference: string) =>
      `De aanvraag is buiten behandeling gesteld met beschikking ${reference}.`,
  },
  list: {
    title: 'Verzoeken om aanvulling',
    documentTitle: 'Verzoeken om aanvulling',
    intro:
      'Alle verzoeken waarop nog geen aanvulling is gekomen. Een aanvraag met een verstreken termijn kan vanaf de pagina van de aanvraag buiten behandeling worden gesteld.',
    empty: 'Er zijn geen openstaande verzoeken om aanvulling.',
    caption: (count: number) => `Openstaande verzoeken (${count})`,
    columns: {
      application: 'Aanvraag',
      organisation: 'Organisatie',
      what: 'Wat ontbreekt',
      due: 'Aanvullen tot en met',
      state: 'Stand',
    },
  },
} as const;
