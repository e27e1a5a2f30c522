/** Interface text of the notifications page and the bell in the header. */
export const notificationsTexts = {
  title: 'Meldingen',
  intro:
    'Hier staan nieuwe taken voor u: een aanvraag om te beoordelen, een verwijzing, een beschikking of een verzoek om aanvulling. Open een melding om naar de taak te gaan; daarmee is hij gelezen.',
  empty: 'U hebt nog geen meldingen.',
  listLabel: 'Uw meldingen, nieuwste eerst',
  unreadSummary: (count: number) =>
    count === 0
      ? 'Alle meldingen zijn gelezen.'
      : count === 1
        ? 'U hebt 1 ongelezen melding.'
        : `U hebt ${count} ongelezen meldingen.`,
  unreadMark: 'Nieuw',
  readAll: 'Alles als gelezen markeren',
  readAllDone: 'Alle meldingen zijn als gelezen gemarkeerd.',
  received: (moment: string) => `Ontvangen ${moment}`,
  digest: {
    title: 'Dagelijkse e-mail',
    intro:
      'Elke ochtend vanaf 7.00 uur sturen wij u één e-mail met de ongelezen meldingen van het afgelopen etmaal, als die er zijn.',
    label: 'Stuur mij de dagelijkse e-mail met nieuwe taken',
    save: 'Instelling opslaan',
    saved: (on: boolean) =>
      on ? 'U ontvangt de dagelijkse e-mail.' : 'U ontvangt de dagelijkse e-mail niet meer.',
  },
  failed: 'Dat is niet gelukt. Probeer het opnieuw.',
} as const;
