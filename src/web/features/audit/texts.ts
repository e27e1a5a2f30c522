/** Interface text of the audit log. */
export const auditTexts = {
  title: 'Auditlog',
  intro:
    'Elke wijziging in Samenredzaam wordt vastgelegd: wie, wanneer, wat, en de gegevens voor en na de wijziging. Het nieuwste staat bovenaan.',
  filters: {
    label: 'Gebeurtenissen filteren',
    title: 'Filteren',
    actor: 'Wie',
    actorHint: 'Het e-mailadres van wie de wijziging deed.',
    action: 'Wat',
    actionHint: 'De handeling, bijvoorbeeld user.create.',
    entityType: 'Soort',
    entityTypeHint: 'Het soort gegevens, bijvoorbeeld user of organisation.',
    entityId: 'Id',
    entityIdHint: 'Het id van de gewijzigde gegevens.',
    from: 'Van',
    fromHint: 'Eerste dag, bijvoorbeeld 2026-11-23.',
    to: 'Tot en met',
    toHint: 'Laatste dag, bijvoorbeeld 2026-11-30.',
    submit: 'Filteren',
    clear: 'Filters wissen',
  },
  results: {
    title: 'Gebeurtenissen',
    count: (total: number) =>
      total === 1 ? '1 gebeurtenis gevonden.' : `${total} gebeurtenissen gevonden.`,
    empty: 'Er zijn geen gebeurtenissen die aan de filters voldoen.',
    caption: 'Gebeurtenissen, nieuwste eerst',
    columns: {
      at: 'Moment',
      actor: 'Wie',
      action: 'Wat',
      entity: 'Gegevens',
      change: 'Wijziging',
    },
    system: 'systeem',
    showChange: 'Voor en na bekijken',
    before: 'Voor',
    after: 'Na',
    nothing: '(niets)',
  },
  pagination: {
    label: 'Paginering',
    previous: 'Vorige',
    next: 'Volgende',
    page: (page: number, pages: number) => `Pagina ${page} van ${pages}`,
  },
} as const;
