/**
 * A letter from the college as PDF and as accessible HTML from the same sections, for the
 * letters that are not ranking decisions: setting an application aside (Awb 4:5) and the
 * decision on an objection (Awb 7:12). Laid out like the decision letters.
 */
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { formatDay } from '../../../domain/dates.ts';
import { OBJECTION_WEEKS } from '../../../domain/tender/objection.ts';

export interface LetterSection {
  heading: string | null;
  paragraphs: string[];
}

export interface PlainLetter {
  municipalityName: string;
  /** Beschikking, Beslissing op bezwaar. */
  kind: string;
  subject: string;
  reference: string;
  letterDate: string;
  addressLines: string[];
  /** Extra rows under date and reference, e.g. [Uw aanvraag, AV-2027-0001]. */
  rows: [string, string][];
  sections: LetterSection[];
}

const college = (municipalityName: string) =>
  `het college van burgemeester en wethouders van ${municipalityName.replace(/^Gemeente /, '')}`;

export function plainLetterPdf(l: PlainLetter): TDocumentDefinitions {
  const content: Content[] = [
    { text: l.municipalityName, fontSize: 16, bold: true },
    { text: 'Subsidie algemene voorzieningen', color: '#555555', margin: [0, 0, 0, 24] },
    { text: l.addressLines.join('\n'), margin: [0, 0, 0, 18] },
    {
      table: {
        widths: [110, '*'],
        body: [
          [{ text: 'Datum', bold: true }, formatDay(l.letterDate)],
          [{ text: 'Kenmerk', bold: true }, l.reference],
          ...l.rows.map(([label, value]) => [{ text: label, bold: true }, value]),
          [{ text: 'Onderwerp', bold: true }, l.subject],
        ],
      },
      layout: 'noBorders',
      margin: [0, 0, 0, 18],
    },
    { text: l.kind, fontSize: 14, bold: true, margin: [0, 0, 0, 8] },
  ];
  for (const section of l.sections) {
    if (section.heading)
      content.push({ text: section.heading, fontSize: 12, bold: true, margin: [0, 12, 0, 4] });
    for (const paragraph of section.paragraphs)
      content.push({ text: paragraph, margin: [0, 0, 0, 6] });
  }
  content.push({
    text: `Met vriendelijke groet,\n${college(l.municipalityName)}`,
    margin: [0, 18, 0, 0],
  });
  return {
    info: { title: `${l.kind} ${l.reference}`, author: l.municipalityName, subject: l.subject },
    pageSize: 'A4',
    pageMargins: [56, 64, 56, 64],
    defaultStyle: { font: 'Roboto', fontSize: 10, lineHeight: 1.3 },
    footer: (page, pages) => ({
      text: `${l.reference} · pagina ${page} van ${pages}`,
      alignment: 'center',
      fontSize: 8,
      margin: [0, 24, 0, 0],
    }),
    content,
  };
}

const escape = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

/** The same letter as an HTML fragment (headings start at h2: the page has the h1). */
export function plainLetterHtml(l: PlainLetter): string {
  const rows = l.rows.map(([label, value]) => `<br>${escape(label)}: ${escape(value)}`).join('');
  const parts = [
    `<p>${escape(l.municipalityName)}<br>Datum: ${escape(formatDay(l.letterDate))}<br>Kenmerk: ${escape(l.reference)}${rows}</p>`,
    `<h2>${escape(l.kind)}: ${escape(l.subject)}</h2>`,
  ];
  for (const section of l.sections) {
    if (section.heading) parts.push(`<h3>${escape(section.heading)}</h3>`);
    for (const paragraph of section.paragraphs) parts.push(`<p>${escape(paragraph)}</p>`);
  }
  parts.push(`<p>Met vriendelijke groet,<br>${escape(college(l.municipalityName))}</p>`);
  return parts.join('\n');
}

/** The addressee block of a letter to an organisation. */
export function addressLines(o: {
  organisation: string;
  contact: string | null;
  street: string | null;
  postcode: string | null;
  city: string | null;
}): string[] {
  return [
    o.organisation,
    o.contact ? `t.a.v. ${o.contact}` : null,
    o.street,
    o.postcode || o.city ? [o.postcode, o.city].filter(Boolean).join('  ') : null,
  ].filter((x): x is string => Boolean(x));
}

/**
 * The objection clause of a decision whose sending day is known (Awb 6:7, 6:8): the term with
 * its last day, where to send the objection and what it must state.
 */
export function objectionSection(f: {
  municipalityName: string;
  objectionAddress: string;
  reference: string;
  objectionDeadline: string;
}): LetterSection {
  return {
    heading: 'Bezwaar',
    paragraphs: [
      `Bent u het niet eens met dit besluit? Dan kunt u binnen ${OBJECTION_WEEKS} weken na de dag waarop dit besluit is verzonden, dus tot en met ${formatDay(f.objectionDeadline)}, bezwaar maken (artikelen 6:7 en 6:8 Algemene wet bestuursrecht). Stuur uw bezwaarschrift aan ${college(f.municipalityName)}, ${f.objectionAddress}. Vermeld uw naam en adres, de datum, het kenmerk ${f.reference}, waarom u het niet eens bent met het besluit, en onderteken het bezwaarschrift.`,
    ],
  };
}

/**
 * The objection clause of a decision (Awb 6:7, 6:8, extended by the Algemene termijnenwet):
 * the same words in every letter that is open to objection.
 */
export function objectionClause(l: {
  municipalityName: string;
  objectionAddress: string;
  reference: string;
}): string {
  return `Bent u het niet eens met dit besluit? Dan kunt u binnen ${OBJECTION_WEEKS} weken na de dag waarop dit besluit is verzonden bezwaar maken (artikelen 6:7 en 6:8 Algemene wet bestuursrecht). Valt de laatste dag van die termijn op een zaterdag, een zondag of een algemeen erkende feestdag, dan loopt de termijn door tot en met de eerstvolgende dag die dat niet is (Algemene termijnenwet). De verzenddatum en de laatste dag voor bezwaar staan in de e-mail waarmee wij u dit besluit sturen en bij de beschikking in Samenredzaam. Stuur uw bezwaarschrift aan ${college(l.municipalityName)}, ${l.objectionAddress}. Vermeld uw naam en adres, de datum, het kenmerk ${l.reference}, waarom u het niet eens bent met het besluit, en onderteken het bezwaarschrift.`;
}
