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
} as const;
