/**
 * The decision that sets an application aside because it was not completed in time
 * (Awb 4:5, first paragraph, under c): what was asked, the term, that no answer came, and the
 * objection clause. docs/rules/time-to-complete.md
 */
import { formatDay } from '../../../domain/dates.ts';
import { CATEGORY_LABELS, type Category } from '../../../domain/tender/categories.ts';
import { DECISION_TITLES } from '../../../domain/tender/outcomes.ts';
import {
  ATTACHMENT_LABELS,
  type AttachmentKind,
} from '../../../domain/tender/scheme-definition.ts';
import { type PlainLetter, objectionSection } from '../decisions/plain-letter.ts';

export interface SetAsideFacts {
  municipalityName: string;
  objectionAddress: string;
  reference: string;
  applicationReference: string;
  letterDate: string;
  objectionDeadline: string;
  addressLines: string[];
  roundName: string;
  category: Category;
  provisionName: string;
  request: {
    requestedDay: string;
    dueDay: string;
    attachmentKind: AttachmentKind | null;
    description: string;
  };
}

export function setAsideLetter(f: SetAsideFacts): PlainLetter {
  const asked = f.request.attachmentKind
    ? `${ATTACHMENT_LABELS[f.request.attachmentKind].toLowerCase()}: ${f.request.description}`
    : f.request.description;
  return {
    municipalityName: f.municipalityName,
    kind: 'Beschikking',
    subject: DECISION_TITLES.set_aside,
    reference: f.reference,
    letterDate: f.letterDate,
    addressLines: f.addressLines,
    rows: [['Uw aanvraag', f.applicationReference]],
    sections: [
      {
        heading: null,
        paragraphs: [
          `Op uw aanvraag ${f.applicationReference} in ${f.roundName} (categorie ${CATEGORY_LABELS[f.category].toLowerCase()}) hebben wij het volgende besloten.`,
        ],
      },
      {
        heading: 'Besluit',
        paragraphs: [
          `Wij nemen uw aanvraag voor ${f.provisionName} niet in behandeling (artikel 4:5, eerste lid, aanhef en onder c, Algemene wet bestuursrecht).`,
        ],
      },
      {
        heading: 'Waarom',
        paragraphs: [
          `Op ${formatDay(f.request.requestedDay)} hebben wij u gevraagd uw aanvraag aan te vullen met ${asked}. U kon dat doen tot en met ${formatDay(f.request.dueDay)}. Wij hebben de aanvulling niet ontvangen.`,
          'Zonder deze aanvulling zijn de gegevens en stukken onvoldoende om uw aanvraag te beoordelen. Artikel 4:5 van de Algemene wet bestuursrecht staat ons dan toe de aanvraag niet te behandelen, omdat u de gelegenheid hebt gehad haar binnen de gestelde termijn aan te vullen.',
          'Dit besluit is geen oordeel over de inhoud van uw aanvraag. Uw aanvraag doet niet mee in de rangschikking van deze ronde.',
        ],
      },
      objectionSection(f),
    ],
  };
}
