/**
 * Interface text of the shared components that only pages behind the login use. Kept apart
 * from `texts.ts`, which the login page loads, so that page's JavaScript stays small.
 */
export const widgetTexts = {
  characterCount: (length: number, limit: number) =>
    length <= limit
      ? `${length} van ${limit} tekens gebruikt, nog ${limit - length} over.`
      : `${length} van ${limit} tekens: ${length - limit} te veel.`,
  cancel: 'Annuleren',
  yes: 'Ja',
  no: 'Nee',
  bytes: (size: number) =>
    size < 1024
      ? `${size} bytes`
      : size < 1024 * 1024
        ? `${(size / 1024).toLocaleString('nl-NL', { maximumFractionDigits: 1 })} kB`
        : `${(size / (1024 * 1024)).toLocaleString('nl-NL', { maximumFractionDigits: 1 })} MB`,
  /** Where a round stands in its process. */
  roundSteps: {
    label: 'Stappen van de ronde',
    status: 'Stand van de ronde',
    done: 'afgerond',
    current: 'nu',
    categoriesLabel: 'Stand per categorie',
    /** What the phase means and what comes next; the server holds the same order. */
    explanation: {
      concept:
        'De ronde is nog niet open voor aanvragen. Na het openen liggen het formulier en de voorwaarden vast.',
      open: (deadline: string) =>
        `Aanvragen kunnen worden ingediend tot ${deadline}. Beoordelaars toewijzen, scoren, rangschikken en beslissen kan pas na de deadline, als alle aanvragen binnen zijn.`,
      closed:
        'De deadline is verstreken; de ronde is vanzelf gesloten. Wijs nu beoordelaars toe aan de op tijd ingediende aanvragen. Te laat ingediende aanvragen worden niet beoordeeld.',
      in_assessment:
        'De aanvragen worden beoordeeld. Een categorie kan worden gerangschikt zodra elke op tijd ingediende aanvraag daarin eindscores heeft of een uitkomst zonder scores (niet voldaan aan de algemene voorwaarden, buiten behandeling gesteld, ingetrokken).',
      ranked:
        'De rangschikking ligt vast voor elke categorie met aanvragen. Maak en verzend nu de beschikkingen.',
      decided: 'Alle beschikkingen zijn verzonden. De bezwaartermijn loopt vanaf de verzenddatum.',
    },
  },
} as const;
