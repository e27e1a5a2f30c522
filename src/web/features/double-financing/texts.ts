/** Interface text of the double-financing check (for the Wmo analyst). Plain Dutch (B1). */
import type { WmoImportStatus } from '../../../server/features/double-financing/double-financing.schemas.ts';

const plural = (count: number, one: string, more: string) =>
  `${count.toLocaleString('nl-NL')} ${count === 1 ? one : more}`;

export const doubleFinancingTexts = {
  failed: 'Dat is niet gelukt. Probeer het opnieuw.',
  notVerdict:
    'Een signaal is geen oordeel. Het betekent alleen dat een deelnemer van een algemene voorziening in dezelfde periode ook een toewijzing voor begeleiding groep heeft bij een zorgaanbieder. Misschien is dat terecht. Bespreek het signaal met de aanbieder: bijvoorbeeld om de toewijzing af te bouwen of te beëindigen, met afspraken voor als het later weer minder goed gaat.',
  privacy:
    'U ziet geen namen en geen BSN’s. Deelnemers en toewijzingen worden vergeleken op een versleuteld nummer, en alleen van deelnemers die daar toestemming voor gaven.',
  links: {
    overview: 'Overzicht dubbele financiering',
    import: 'Toewijzingen inlezen',
    scope: 'Afbakening en vergelijking',
    signals: 'Signalen',
  },
  overview: {
    title: 'Dubbele financiering',
    intro:
      'Hier vergelijkt u de deelnemers van algemene voorzieningen met de individuele Wmo-toewijzingen voor begeleiding groep. Zo ziet u waar iemand twee keer ondersteuning krijgt die de gemeente betaalt.',
    stepsTitle: 'Zo werkt het',
    steps: [
      'Lees de toewijzingen in (iWmo-berichten WMO301 of een CSV-bestand).',
      'Controleer de afbakening: welke toewijzingen tellen als begeleiding groep. Start dan de vergelijking.',
      'Bekijk de signalen en volg ze op met de zorgaanbieder.',
    ],
    byStatusTitle: 'Signalen per status',
    byStatusCaption: 'Aantal signalen per status',
    byProvisionTitle: 'Signalen per voorziening',
    byProvisionCaption: 'Aantal signalen per voorziening en status',
    byCategoryTitle: 'Signalen per soort voorziening',
    byCategoryCaption: 'Aantal signalen per soort algemene voorziening en status',
    byProductCategoryTitle: 'Signalen per productcategorie van de toewijzing',
    byProductCategoryCaption: 'Aantal signalen per iWmo-productcategorie en status',
    overTimeTitle: 'Signalen per maand',
    overTimeCaption: 'Nieuwe en afgesloten signalen per maand',
    chartLabel: (title: string) => `Grafiek: ${title}. Dezelfde aantallen staan in de tabel.`,
    chartLoading: 'De grafiek wordt geladen…',
    chartFailed: 'De grafiek kon niet worden geladen. De aantallen staan in de tabel.',
    empty: 'Er zijn nog geen signalen. Lees eerst toewijzingen in en start een vergelijking.',
    columns: {
      status: 'Status',
      count: 'Aantal',
      provision: 'Voorziening',
      category: 'Soort voorziening',
      productCategory: 'Productcategorie',
      total: 'Totaal',
      month: 'Maand',
      new: 'Nieuw gevonden',
      closed: 'Afgesloten',
    },
    noProductCategory: 'Geen categorie',
  },
  import: {
    title: 'Toewijzingen inlezen',
    intro:
      'Lees de individuele Wmo-toewijzingen in. Dat kan als iWmo-bericht WMO301 (.xml, ook in de StUF-envelop van het GGk), als zip-bestand met zulke berichten (.zip) of als CSV-bestand uit het Wmo-systeem (.csv). Een bestand wordt helemaal ingelezen of helemaal niet. Een bericht dat al eerder is ingelezen, telt niet nog een keer mee. Van een toewijzing telt alleen de laatste versie (de laatste toewijzingsdatum en -tijd), in welke volgorde de bestanden ook komen; een toewijzing waarvan de laatste versie reden wijziging 13 (verwijderd) heeft, telt helemaal niet (regel IV013).',
    csvHint:
      'Een CSV-bestand heeft de kolommen bsn, agb, allocationNumber, category, product, start en end. Datums als jjjj-mm-dd, of als dd-mm-jjjj in een bestand dat Excel met puntkomma’s heeft opgeslagen.',
    formTitle: 'Bestanden kiezen',
    files: 'Bestanden met toewijzingen',
    filesHint: 'U kunt meer bestanden tegelijk kiezen: .xml, .csv of .zip.',
    noFiles: 'Kies ten minste één bestand.',
    wrongType: (names: string) =>
      `Deze bestanden kunnen niet worden ingelezen: ${names}. Kies bestanden van het type .xml, .csv of .zip.`,
    submit: 'Inlezen',
    started: (count: number) =>
      count === 1 ? 'Het bestand wordt ingelezen.' : `${count} bestanden worden ingelezen.`,
    currentTitle: 'Voortgang',
    progressLabel: (file: string) => `Voortgang van ${file}`,
    progressText: (done: number, total: number) =>
      total > 0 ? `${Math.round((done / total) * 100)} procent ingelezen` : 'Wacht op zijn beurt…',
    listTitle: 'Eerder ingelezen bestanden',
    listCaption: (count: number) => `Ingelezen bestanden (${count})`,
    listEmpty: 'Er zijn nog geen bestanden ingelezen.',
    columns: {
      file: 'Bestand',
      format: 'Soort',
      at: 'Ingelezen op',
      status: 'Status',
      read: 'Gelezen',
      imported: 'Opgenomen',
      refused: 'Geweigerd',
    },
    reportTitle: (file: string) => `Verslag van ${file}`,
    report: {
      status: 'Status',
      format: 'Soort bestand',
      read: 'Toewijzingen gelezen',
      imported: 'Toewijzingen opgenomen',
      superseded: 'Versies vervangen door een latere versie',
      removed: 'Toewijzingen verwijderd (reden wijziging 13)',
      messages: 'Berichten',
      finished: 'Klaar op',
    },
    refusedTitle: 'Geweigerd',
    refusedIntro:
      'Hieronder staat wat er niet goed was. De uitleg komt uit het bestand zelf en is in het Engels.',
    refusedCaption: (count: number) => plural(count, 'weigering', 'weigeringen'),
    refusedColumns: { file: 'Bestand', record: 'Regel', reason: 'Reden (Engels)' },
    wholeFile: 'hele bestand',
    showReport: (file: string) => `Verslag van ${file} tonen`,
    hideReport: 'Verslag verbergen',
  },
  importStatus: {
    queued: 'In de wachtrij',
    running: 'Bezig met inlezen',
    imported: 'Ingelezen',
    refused: 'Geweigerd',
    duplicate: 'Al eerder ingelezen',
  } satisfies Record<WmoImportStatus, string>,
  formats: { iwmo301: 'iWmo-bericht WMO301', csv: 'CSV-bestand', zip: 'Zip met WMO301-berichten' },
  scope: {
    title: 'Afbakening en vergelijking',
    intro:
      'Niet elke Wmo-toewijzing telt mee. Alleen toewijzingen voor begeleiding groep (dagbesteding) kunnen dubbel zijn met een algemene voorziening. Hier legt u vast welke toewijzingen dat zijn.',
    formTitle: 'Welke toewijzingen tellen mee',
    explanation:
      'Standaard telt productcategorie 07 mee: begeleiding groep, ook wel dagbesteding. U kunt andere productcategorieën of losse productcodes toevoegen. Een toewijzing telt mee als de categorie óf de productcode in de lijst staat.',
    categories: 'Productcategorieën',
    categoriesHint:
      'Twee cijfers per categorie, gescheiden door een komma of op een nieuwe regel. Bijvoorbeeld: 07',
    productCodes: 'Productcodes (niet verplicht)',
    productCodesHint:
      'Eén tot vijf tekens per code, gescheiden door een komma of op een nieuwe regel. Bijvoorbeeld: 07A12',
    badCategory: (value: string) =>
      `"${value}" is geen productcategorie. Een productcategorie bestaat uit twee cijfers, bijvoorbeeld 07.`,
    badProductCode: (value: string) =>
      `"${value}" is geen productcode. Een productcode bestaat uit één tot vijf tekens, bijvoorbeeld 07A12.`,
    save: 'Afbakening opslaan',
    saved: 'De afbakening is opgeslagen.',
    lastChanged: (moment: string) => `Laatst gewijzigd op ${moment}.`,
    runTitle: 'Vergelijking starten',
    runIntro:
      'De vergelijking zoekt deelnemers met toestemming die in dezelfde periode een toewijzing binnen de opgeslagen afbakening hebben. Signalen die al bestaan, blijven met hun status bewaard.',
    run: 'Vergelijking starten',
    runDone: (signals: number, fresh: number) =>
      `De vergelijking is klaar: ${plural(signals, 'signaal', 'signalen')}, waarvan ${fresh.toLocaleString('nl-NL')} nieuw.`,
    runsTitle: 'Eerdere vergelijkingen',
    runsCaption: (count: number) => `Vergelijkingen (${count})`,
    runsEmpty: 'Er is nog geen vergelijking gedaan.',
    runColumns: {
      at: 'Gestart op',
      duration: 'Duur',
      scope: 'Afbakening',
      allocations: 'Toewijzingen (binnen afbakening)',
      participants: 'Deelnemers (met toestemming)',
      signals: 'Signalen',
      newSignals: 'Nieuw',
      stillOpen: 'Nog open',
    },
    runFacts: {
      imports: 'Ingelezen bestanden',
      allocations: 'Toewijzingen',
      allocationsInScope: 'Toewijzingen binnen de afbakening',
      participants: 'Deelnemers',
      participantsWithConsent: 'Deelnemers met toestemming voor vergelijken',
      signals: 'Signalen gevonden',
      newSignals: 'Nieuwe signalen',
      changedSignals: 'Bekende signalen met een gewijzigde overlap, voorziening of product',
      notFoundSignals: 'Bekende signalen die niet meer gevonden zijn',
      stillOpen: 'Signalen nog open',
    },
    scopeText: (categories: string[], codes: string[]) =>
      [
        categories.length > 0 ? `categorie ${categories.join(', ')}` : null,
        codes.length > 0 ? `code ${codes.join(', ')}` : null,
      ]
        .filter(Boolean)
        .join('; '),
    seconds: (ms: number) =>
      ms < 1000
        ? `${ms} ms`
        : `${(ms / 1000).toLocaleString('nl-NL', { maximumFractionDigits: 1 })} s`,
    ofWhich: (all: number, part: number) =>
      `${all.toLocaleString('nl-NL')} (${part.toLocaleString('nl-NL')})`,
  },
  signals: {
    title: 'Signalen',
    filtersTitle: 'Signalen zoeken',
    filtersLabel: 'Signalen filteren',
    status: 'Status',
    allStatuses: 'Alle statussen',
    provision: 'Voorziening',
    allProvisions: 'Alle voorzieningen',
    provider: 'Zorgaanbieder (AGB-code)',
    allProviders: 'Alle zorgaanbieders',
    filter: 'Toon signalen',
    clear: 'Alle signalen tonen',
    listTitle: 'Gevonden signalen',
    caption: (count: number) => `Signalen (${count.toLocaleString('nl-NL')})`,
    empty: 'Er zijn geen signalen die bij deze keuze passen.',
    columns: {
      provision: 'Voorziening',
      provider: 'Zorgaanbieder (AGB)',
      allocation: 'Toewijzingsnummer',
      period: 'Periode van overlap',
      status: 'Status',
    },
    openDetails: (allocation: string) => `Toewijzing ${allocation}`,
    notFound: '(niet meer gevonden)',
    byProvisionTitle: 'Per voorziening',
    byProvisionCaption: 'Signalen per voorziening',
    byProviderTitle: 'Per zorgaanbieder',
    byProviderIntro:
      'Per zorgaanbieder kunt u een brief maken met de open signalen (nieuw of in behandeling). De brief noemt alleen toewijzingsnummers en periodes, geen namen.',
    byProviderCaption: 'Signalen per zorgaanbieder',
    groupColumns: {
      provision: 'Voorziening',
      organisation: 'Organisatie',
      provider: 'AGB-code',
      count: 'Signalen',
      open: 'Nog open',
      show: 'Tonen',
      letter: 'Brief',
    },
    showProvision: (name: string) => `Signalen van ${name} tonen`,
    showProvider: (agb: string) => `Signalen van ${agb} tonen`,
    letter: (agb: string) => `Brief aan ${agb} (pdf)`,
    noOpen: 'Geen open signalen',
    noOpenProviders:
      'Er zijn geen zorgaanbieders met open signalen, dus er is geen brief te versturen.',
    emailTitle: 'Brief per e-mail sturen',
    emailIntro:
      'Stuur de brief met de open signalen per e-mail naar de zorgaanbieder. U kunt alleen zorgaanbieders met open signalen kiezen. Het bericht gaat via de uitgaande post van de gemeente.',
    emailProvider: 'Zorgaanbieder die de brief krijgt (AGB-code)',
    chooseProvider: 'Kies een zorgaanbieder',
    noProvider: 'Kies de zorgaanbieder.',
    emailTo: 'E-mailadres van de zorgaanbieder',
    emailSubmit: 'E-mail versturen',
    emailSent: (to: string, allocations: number) =>
      `De e-mail aan ${to} staat klaar om te versturen. Er staan ${plural(allocations, 'toewijzing', 'toewijzingen')} in.`,
  },
  period: (start: string, end: string | null) =>
    end === null ? `vanaf ${start}` : start === end ? start : `${start} tot en met ${end}`,
  signal: {
    title: (allocation: string) => `Signaal bij toewijzing ${allocation}`,
    documentTitle: 'Signaal',
    back: 'Terug naar de signalen',
    detailsTitle: 'Gegevens',
    facts: {
      status: 'Status',
      provision: 'Voorziening',
      organisation: 'Organisatie',
      category: 'Soort voorziening',
      allocation: 'Toewijzingsnummer',
      provider: 'Zorgaanbieder (AGB-code)',
      product: 'Product van de toewijzing',
      period: 'Periode van overlap',
      phaseOutDate: 'Afbouw klaar op',
      reason: 'Reden van afsluiten',
      found: 'Gevonden op',
      lastRun: 'Bij de laatste vergelijking',
      updated: 'Laatst gewijzigd',
    },
    stillFound: 'Nog steeds gevonden',
    notFoundSince: (moment: string) =>
      `Niet meer gevonden sinds de vergelijking van ${moment}. Misschien is de toewijzing of de deelname beëindigd, of is de toestemming ingetrokken. Het signaal blijft staan tot u het afsluit.`,
    product: (category: string | null, code: string | null) =>
      [category ? `categorie ${category}` : null, code ? `code ${code}` : null]
        .filter(Boolean)
        .join(', ') || 'onbekend',
    historyTitle: 'Geschiedenis',
    historyCaption: 'Wat er met dit signaal is gebeurd',
    historyEmpty: 'Er is nog niets met dit signaal gebeurd.',
    historyColumns: { at: 'Wanneer', who: 'Door', change: 'Wijziging', note: 'Notitie' },
    statusChange: (from: string | null, to: string) => (from ? `${from} → ${to}` : to),
    noChange: 'Notitie',
    system: 'Systeem',
    statusTitle: 'Status wijzigen',
    closed: 'Dit signaal is afgesloten. De status kan niet meer veranderen.',
    newStatus: 'Nieuwe status',
    phaseOutDate: 'Datum waarop de afbouw klaar is',
    phaseOutDateHint: 'Bijvoorbeeld 31-12-2026.',
    reason: 'Reden',
    reasonHint: 'Waarom is er geen dubbele financiering? Noem geen namen of medische gegevens.',
    statusNote: 'Notitie bij de wijziging (niet verplicht)',
    noteHint: 'Noem geen namen of medische gegevens.',
    chooseStatus: 'Kies de nieuwe status.',
    saveStatus: 'Status opslaan',
    statusSaved: (label: string) => `De status is nu: ${label}.`,
    noteTitle: 'Notitie toevoegen',
    note: 'Notitie',
    saveNote: 'Notitie opslaan',
    noteSaved: 'De notitie is opgeslagen.',
    notFound: 'Dit signaal bestaat niet (meer).',
  },
} as const;
