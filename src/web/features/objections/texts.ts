import { OBJECTION_OUTCOME_LABELS } from '../../../domain/tender/objection-outcomes.ts';

/** Interface text of the objections register (bezwaar). */
export const objectionsTexts = {
  failed: 'Het is niet gelukt. Probeer het opnieuw.',
  outcomes: OBJECTION_OUTCOME_LABELS,
  undecided: 'Nog niet beslist',
  inTime: (yes: boolean) => (yes ? 'Op tijd' : 'Te laat'),
  section: {
    title: 'Bezwaar',
    caption: 'Bezwaarschriften',
    none: 'Er is geen bezwaar gemaakt tegen een beschikking op deze aanvraag.',
    columns: {
      reference: 'Kenmerk',
      decision: 'Tegen beschikking',
      received: 'Ontvangen op',
      deadline: 'Termijn tot en met',
      inTime: 'Op tijd?',
      hearing: 'Hoorzitting',
      outcome: 'Uitkomst',
    },
    noHearing: '—',
    letter: (reference: string) => `Beslissing op bezwaar ${reference} downloaden (PDF)`,
    letterSummary: (reference: string) => `Beslissing op bezwaar ${reference} lezen`,
    newDecision: (reference: string) => `Nieuwe beschikking: ${reference}`,
  },
  register: {
    title: 'Bezwaarschrift registreren',
    intro:
      'Registreer een bezwaarschrift tegen de geldende beschikking. Of het op tijd is, volgt uit de verzenddatum van de beschikking: zes weken, verlengd volgens de Algemene termijnenwet. Een per post verzonden bezwaarschrift is ook op tijd als het vóór het einde van de termijn is gepost en uiterlijk een week daarna is ontvangen (artikel 6:9 Awb).',
    receivedDay: 'Ontvangen op',
    postedDay: 'Poststempel (alleen bij een brief)',
    dayHint: 'Bijvoorbeeld 2027-06-01.',
    submit: 'Bezwaarschrift registreren',
    done: (reference: string, inTime: boolean, deadline: string) =>
      `Bezwaar ${reference} is geregistreerd: ${inTime ? 'op tijd' : 'te laat'} (de termijn liep tot en met ${deadline}).`,
  },
  hearing: {
    title: (reference: string) => `Hoorzitting bij bezwaar ${reference}`,
    day: 'Datum van de hoorzitting',
    notes: 'Verslag (alleen voor de gemeente)',
    submit: 'Hoorzitting vastleggen',
    done: 'De hoorzitting is vastgelegd.',
  },
  decide: {
    title: (reference: string) => `Beslissen op bezwaar ${reference}`,
    intro:
      'Bij gegrond of deels gegrond wordt de rangschikking van de categorie herzien (een nieuwe versie met dit bezwaar als reden) en krijgt de aanvrager een nieuwe beschikking die de oude vervangt. Leg correcties van de voorwaarden of eindscores daarom eerst vast bij de beoordeling. Deels gegrond kan pas na een hoorzitting.',
    outcome: 'Uitkomst',
    reasons: 'Motivering (artikel 7:12 Awb)',
    reasonsHint: 'Deze tekst komt in de brief. Begin een nieuwe alinea met een lege regel.',
    submit: 'Beslissing op bezwaar versturen',
    done: (reference: string) => `De beslissing op bezwaar ${reference} is verstuurd.`,
  },
  list: {
    title: 'Bezwaren',
    documentTitle: 'Bezwaren',
    intro:
      'Het register van bezwaarschriften tegen beschikkingen. Registreren, horen en beslissen gebeurt op de pagina van de aanvraag.',
    empty: 'Er zijn nog geen bezwaarschriften geregistreerd.',
    caption: (count: number) => `Bezwaarschriften (${count})`,
    application: 'Aanvraag',
    organisation: 'Organisatie',
  },
} as const;
