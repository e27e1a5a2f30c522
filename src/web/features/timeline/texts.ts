/** Interface text of an application's timeline. */
export const timelineTexts = {
  title: 'Verloop van de aanvraag',
  intro: 'Wat er met de aanvraag is gebeurd en wat nog komt. De huidige stap is vetgedrukt.',
  listLabel: 'Stappen van de aanvraag',
  state: {
    done: 'afgerond',
    current: 'huidige stap',
    upcoming: 'nog niet',
  },
  dueOn: 'uiterlijk',
  notYet: 'nog geen datum',
} as const;
