/**
 * The letter to a provider about the signals of its allocations: formal, in plain Dutch
 * (B1), as PDF and as e-mail text built from the same paragraphs. It lists allocation
 * numbers and the period in which both run, and never a name, BSN or pseudonym: the
 * provider finds the client in its own records by the allocation number.
 */
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { formatDay } from '../../../../domain/dates.ts';

export interface ProviderLetter {
  municipalityName: string;
  providerAgb: string;
  letterDate: string;
  allocations: { allocationNumber: string; overlapStart: string; overlapEnd: string | null }[];
}

export const LETTER_SUBJECT = 'Toewijzingen begeleiding groep en algemene voorzieningen';

export function overlapText(start: string, end: string | null): string {
  return end === null
    ? `vanaf ${formatDay(start)} (loopt nog)`
    : `${formatDay(start)} tot en met ${formatDay(end)}`;
}

function place(municipalityName: string): string {
  return municipalityName.replace(/^Gemeente /, '');
}

export function letterParagraphs(l: ProviderLetter): { before: string[]; after: string[] } {
  const count = l.allocations.length;
  return {
    before: [
      'Geachte heer, mevrouw,',
      `U levert begeleiding groep aan inwoners van ${place(l.municipalityName)} die daarvoor een Wmo-toewijzing hebben. De gemeente subsidieert ook algemene voorzieningen, zoals huiskamers en dagactiviteiten. Daar kunnen inwoners zonder toewijzing aan meedoen. Wij hebben de toewijzingen vergeleken met de deelnemers van deze algemene voorzieningen. Dat doen wij alleen voor deelnemers die ons daarvoor toestemming hebben gegeven.`,
      `Bij ${count === 1 ? 'de toewijzing' : `de ${count} toewijzingen`} hieronder doet de inwoner in dezelfde periode mee aan een algemene voorziening. Dat is een signaal en geen oordeel. Er kan een goede reden zijn voor allebei.`,
    ],
    after: [
      'Wij vragen u om per toewijzing met de inwoner te bespreken of de algemene voorziening een goed alternatief is. Is dat zo? Spreek dan af dat u de begeleiding groep afbouwt of beëindigt. Maak daarbij ook afspraken voor het geval het minder goed gaat met de inwoner (terugval), zodat de inwoner dan snel weer de ondersteuning krijgt die nodig is.',
      'Wilt u ons binnen vier weken laten weten wat u per toewijzing hebt afgesproken? Noem daarbij het toewijzingsnummer. Hebt u vragen, neem dan contact op met de Wmo-analist van de gemeente.',
      'In deze brief staan bewust geen namen en geen burgerservicenummers. U vindt de inwoner in uw eigen administratie met het toewijzingsnummer.',
    ],
  };
}

function closing(l: ProviderLetter): string {
  return `Met vriendelijke groet,\nhet college van burgemeester en wethouders van ${place(l.municipalityName)}`;
}

export function letterText(l: ProviderLetter): string {
  const { before, after } = letterParagraphs(l);
  const list = l.allocations.map(
    (a) =>
      `- Toewijzingsnummer ${a.allocationNumber}: samen met een algemene voorziening ${overlapText(a.overlapStart, a.overlapEnd)}`,
  );
  return [
    `${l.municipalityName}`,
    `Aan: zorgaanbieder met AGB-code ${l.providerAgb}`,
    `Datum: ${formatDay(l.letterDate)}`,
    `Onderwerp: ${LETTER_SUBJECT}`,
    '',
    ...before.flatMap((p) => [p, '']),
    ...list,
    '',
    ...after.flatMap((p) => [p, '']),
    closing(l),
    '',
  ].join('\n');
}

export function letterPdf(l: ProviderLetter): TDocumentDefinitions {
  const { before, after } = letterParagraphs(l);
  const content: Content[] = [
    { text: l.municipalityName, fontSize: 16, bold: true },
    { text: 'Wmo', color: '#555555', margin: [0, 0, 0, 24] },
    {
      text: `Zorgaanbieder met AGB-code ${l.providerAgb}`,
      margin: [0, 0, 0, 18],
    },
    {
      table: {
        widths: [110, '*'],
        body: [
          [{ text: 'Datum', bold: true }, formatDay(l.letterDate)],
          [{ text: 'Onderwerp', bold: true }, LETTER_SUBJECT],
        ],
      },
      layout: 'noBorders',
      margin: [0, 0, 0, 18],
    },
    ...before.map((text): Content => ({ text, margin: [0, 0, 0, 8] })),
    {
      table: {
        headerRows: 1,
        widths: [130, '*'],
        body: [
          [
            { text: 'Toewijzingsnummer', bold: true },
            { text: 'Periode waarin ook een algemene voorziening loopt', bold: true },
          ],
          ...l.allocations.map((a) => [
            a.allocationNumber,
            overlapText(a.overlapStart, a.overlapEnd),
          ]),
        ],
      },
      layout: 'lightHorizontalLines',
      margin: [0, 4, 0, 14],
    },
    ...after.map((text): Content => ({ text, margin: [0, 0, 0, 8] })),
    { text: closing(l), margin: [0, 18, 0, 0] },
  ];
  return {
    info: { title: LETTER_SUBJECT, author: l.municipalityName },
    pageSize: 'A4',
    pageMargins: [56, 64, 56, 64],
    defaultStyle: { font: 'Roboto', fontSize: 10, lineHeight: 1.3 },
    footer: (page, pages) => ({
      text: `AGB-code ${l.providerAgb} · pagina ${page} van ${pages}`,
      alignment: 'center',
      fontSize: 8,
      margin: [0, 24, 0, 0],
    }),
    content,
  };
}
