/**
 * The receipt (ontvangstbevestiging) an organisation gets when it submits: reference,
 * moment of receipt and everything it submitted, with the attachments' SHA-256 so both
 * sides can prove which files were sent.
 */
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { budgetTotals } from '../../../domain/applications/application-content.ts';
import { formatAmsterdamMoment, formatDay } from '../../../domain/dates.ts';
import {
  BUDGET_KIND_LABELS,
  CATEGORY_LABELS,
  type Category,
} from '../../../domain/tender/categories.ts';
import {
  ATTACHMENT_LABELS,
  type SchemeDefinition,
  judgedCriteria,
} from '../../../domain/tender/scheme-definition.ts';
import type { ApplicationContent } from '../../../domain/applications/application-content.ts';
import { formatEuros } from '../../platform/documents.ts';
import type { Attachment } from './applications.schemas.ts';

export interface ReceiptInput {
  municipalityName: string;
  reference: string;
  receivedAt: Date;
  late: boolean;
  organisationName: string;
  provisionName: string;
  roundName: string;
  deadlineAt: Date;
  category: Category;
  content: ApplicationContent;
  definition: SchemeDefinition;
  attachments: Attachment[];
}

const row = (label: string, value: string): Content[] => [
  { text: label, bold: true },
  { text: value },
];

export function receiptDefinition(input: ReceiptInput): TDocumentDefinitions {
  const { content, definition, category } = input;
  const eligibleKinds = definition.categories[category].eligibleKinds;
  const totals = budgetTotals(content.budgetLines, eligibleKinds);
  const reach = content.reach;
  return {
    info: {
      title: `Ontvangstbevestiging ${input.reference}`,
      author: input.municipalityName,
      subject: input.roundName,
    },
    pageSize: 'A4',
    pageMargins: [56, 64, 56, 64],
    defaultStyle: { font: 'Roboto', fontSize: 10, lineHeight: 1.25 },
    footer: (page, pages) => ({
      text: `${input.reference} · pagina ${page} van ${pages}`,
      alignment: 'center',
      fontSize: 8,
      margin: [0, 24, 0, 0],
    }),
    content: [
      { text: input.municipalityName, fontSize: 16, bold: true },
      { text: 'Subsidie algemene voorzieningen', color: '#555555', margin: [0, 0, 0, 24] },
      {
        text: 'Ontvangstbevestiging van uw aanvraag',
        fontSize: 14,
        bold: true,
        margin: [0, 0, 0, 12],
      },
      input.late
        ? {
            text: `Uw aanvraag is ontvangen na de deadline van ${formatAmsterdamMoment(input.deadlineAt)}. Ze is bewaard, maar doet niet mee in deze ronde.`,
            bold: true,
            color: '#a00000',
            margin: [0, 0, 0, 12],
          }
        : {
            text: `Wij hebben uw aanvraag ontvangen vóór de deadline van ${formatAmsterdamMoment(input.deadlineAt)}. Alle aanvragen van de ronde worden na de deadline tegelijk beoordeeld.`,
            margin: [0, 0, 0, 12],
          },
      {
        table: {
          widths: [150, '*'],
          body: [
            row('Kenmerk', input.reference),
            row('Ontvangen op', formatAmsterdamMoment(input.receivedAt)),
            row('Organisatie', input.organisationName),
            row('Voorziening', input.provisionName),
            row('Subsidieronde', input.roundName),
            row('Categorie', CATEGORY_LABELS[category]),
            row(
              'Periode',
              content.periodStart && content.periodEnd
                ? `${formatDay(content.periodStart)} tot en met ${formatDay(content.periodEnd)}`
                : '—',
            ),
            row(
              'Gevraagd bedrag',
              content.requestedCents === null ? '—' : formatEuros(content.requestedCents),
            ),
            row(
              'Bereik',
              `${reach.participants ?? '—'} deelnemers, ${reach.dayPartsPerWeek ?? '—'} dagdelen per week, ${reach.weeksPerYear ?? '—'} weken per jaar`,
            ),
            ...(category === 'services'
              ? [
                  row(
                    'Tegenprestatie',
                    content.returnService === 'fee' ? 'Kleine vergoeding' : 'Tegenprestatie',
                  ),
                ]
              : []),
          ],
        },
        layout: 'lightHorizontalLines',
      },
      { text: 'Begroting', fontSize: 12, bold: true, margin: [0, 18, 0, 6] },
      {
        table: {
          headerRows: 1,
          widths: ['*', '*', 80, 70],
          body: [
            [
              { text: 'Soort', bold: true },
              { text: 'Omschrijving', bold: true },
              { text: 'Bedrag', bold: true, alignment: 'right' },
              { text: 'Subsidiabel', bold: true },
            ],
            ...content.budgetLines.map((line) => [
              BUDGET_KIND_LABELS[line.kind],
              line.description,
              { text: formatEuros(line.cents), alignment: 'right' as const },
              eligibleKinds.includes(line.kind) ? 'ja' : 'nee',
            ]),
            [
              { text: 'Totaal', bold: true },
              '',
              { text: formatEuros(totals.totalCents), bold: true, alignment: 'right' },
              '',
            ],
            [
              { text: 'Waarvan subsidiabel', bold: true },
              '',
              { text: formatEuros(totals.eligibleCents), bold: true, alignment: 'right' },
              '',
            ],
          ],
        },
        layout: 'lightHorizontalLines',
      },
      { text: 'Uw toelichting per criterium', fontSize: 12, bold: true, margin: [0, 18, 0, 6] },
      ...judgedCriteria(definition, category).flatMap((criterion): Content[] => [
        { text: criterion.label, bold: true, margin: [0, 6, 0, 2] },
        { text: content.texts[criterion.code] ?? '' },
      ]),
      { text: 'Verklaringen', fontSize: 12, bold: true, margin: [0, 18, 0, 6] },
      {
        ul: definition.generalConditions.map(
          (condition) =>
            `${condition.label}: ${content.declarations[condition.code] ? 'verklaard' : 'niet verklaard'}`,
        ),
      },
      { text: 'Bijlagen', fontSize: 12, bold: true, margin: [0, 18, 0, 6] },
      {
        table: {
          headerRows: 1,
          widths: [110, '*', 'auto'],
          body: [
            [
              { text: 'Soort', bold: true },
              { text: 'Bestand', bold: true },
              { text: 'SHA-256', bold: true },
            ],
            ...input.attachments.map((a) => [
              ATTACHMENT_LABELS[a.kind],
              a.filename,
              {
                text: `${a.sha256.slice(0, 32)}\n${a.sha256.slice(32)}`,
                font: 'Roboto',
                fontSize: 7,
              },
            ]),
          ],
        },
        layout: 'lightHorizontalLines',
      },
    ],
  };
}
