/** Interface text of the shared components. */
export const componentTexts = {
  productName: 'Samenredzaam',
  loading: 'Bezig met laden…',
  errorPrefix: 'Fout:',
  errorSummaryTitle: 'Er is iets niet goed ingevuld',
  errorSummaryIntro: 'Controleer het volgende:',
  loadFailed: 'De gegevens konden niet worden geladen.',
  retry: 'Opnieuw proberen',
  required: '(verplicht)',
  /** How report tables read out "<5", "x" and "–" (participant and accountability reports). */
  reportValues: {
    small: 'minder dan 5',
    hidden: 'niet getoond',
    suppressedMean: 'niet getoond (te weinig personen)',
    noData: 'geen gegevens',
  },
} as const;
