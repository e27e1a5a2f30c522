import type { PaymentRunStatus } from '../../../server/features/payments/payments.schemas.ts';

/** Interface text of payment runs (betaalruns) of advances. */
export const paymentsTexts = {
  failed: 'Het is niet gelukt. Probeer het opnieuw.',
  statuses: {
    prepared: 'Wacht op goedkeuring',
    approved: 'Goedgekeurd, klaar om te exporteren',
    exported: 'Geëxporteerd en betaald',
    cancelled: 'Geannuleerd; de termijnen zijn weer vrij',
  } satisfies Record<PaymentRunStatus, string>,
  list: {
    title: 'Betaalruns',
    intro:
      'Een betaalrun bevat alle onbetaalde voorschottermijnen die tot en met een gekozen dag vervallen. U bereidt de run voor, een collega keurt haar goed (vier ogen) en daarna exporteert u het SEPA-bestand voor de bank. Een geëxporteerde run verandert niet meer.',
    prepareTitle: 'Betaalrun voorbereiden',
    upToDay: 'Termijnen die vervallen tot en met',
    upToDayHint: 'Bijvoorbeeld de dag waarop de bank moet betalen.',
    prepare: 'Betaalrun voorbereiden',
    empty: 'Er zijn nog geen betaalruns.',
    caption: (n: number) => (n === 1 ? '1 betaalrun' : `${n} betaalruns`),
    columns: {
      reference: 'Kenmerk',
      upToDay: 'Tot en met',
      status: 'Stand',
      count: 'Betalingen',
      total: 'Totaal',
      prepared: 'Voorbereid door',
      approved: 'Goedgekeurd door',
    },
  },
  run: {
    documentTitle: 'Betaalrun',
    title: (reference: string) => `Betaalrun ${reference}`,
    back: 'Terug naar de betaalruns',
    notFound: 'Deze betaalrun bestaat niet.',
    facts: {
      status: 'Stand',
      upToDay: 'Termijnen die vervallen tot en met',
      total: 'Totaal',
      count: 'Aantal betalingen',
      prepared: 'Voorbereid',
      approved: 'Goedgekeurd',
      exported: 'Geëxporteerd',
      executionDay: 'Uitvoeringsdatum',
    },
    by: (name: string, moment: string) => `${moment} door ${name}`,
    caption: (n: number, total: string) =>
      `${n === 1 ? '1 betaling' : `${n} betalingen`}, samen ${total}`,
    columns: {
      organisation: 'Organisatie',
      iban: 'IBAN',
      grant: 'Subsidie',
      term: 'Termijn',
      dueDay: 'Vervaldag',
      amount: 'Bedrag',
    },
    totalRow: 'Totaal',
    excludedTitle: 'Niet in deze run',
    excludedIntro:
      'Deze vervallen termijnen blijven buiten de run tot de organisatie een geldig rekeningnummer heeft.',
    excludedCaption: (n: number) =>
      n === 1 ? '1 subsidie buiten de run' : `${n} subsidies buiten de run`,
    excludedColumns: {
      grant: 'Subsidie',
      organisation: 'Organisatie',
      terms: 'Termijnen',
      amount: 'Bedrag',
      reason: 'Reden',
    },
    ownRun:
      'U hebt deze run zelf voorbereid. Een andere financieel medewerker moet haar goedkeuren (vier ogen).',
    approve: 'Betaalrun goedkeuren',
    approved: 'De betaalrun is goedgekeurd.',
    export: 'Exporteren als SEPA-bestand',
    exported: 'De betaalrun is geëxporteerd: de termijnen zijn betaald.',
    cancel: 'Betaalrun annuleren',
    cancelTitle: 'Deze betaalrun annuleren?',
    cancelBody:
      'Er is nog niets betaald. De termijnen van deze run komen weer vrij voor een nieuwe betaalrun; de geannuleerde run blijft zichtbaar in de lijst.',
    cancelConfirm: 'Ja, annuleren',
    cancelled: 'De betaalrun is geannuleerd. De termijnen kunnen in een nieuwe run.',
    sepa: (reference: string) => `SEPA-bestand ${reference} downloaden (XML, pain.001.001.09)`,
    ledger: (reference: string) => `Betaalrun ${reference} voor de boekhouding downloaden (CSV)`,
    ledgerXlsx: (reference: string) =>
      `Betaalrun ${reference} voor de boekhouding downloaden (Excel, xlsx)`,
  },
};
