/**
 * The application form. Boxes hold text; the schema turns it into the content the API stores
 * (`applicationContentSchema`, the same schema the server checks). A draft may be incomplete:
 * empty boxes are "not filled in", and only what cannot be stored at all (an amount that is
 * not an amount) stops it from being saved.
 */
import { z } from 'zod';
import {
  applicationContentSchema,
  budgetLineSchema,
  type ApplicationContent,
} from '../../../domain/applications/application-content.ts';
import type { Category } from '../../../domain/tender/categories.ts';
import { judgedCriteria, type SchemeDefinition } from '../../../domain/tender/scheme-definition.ts';
import {
  euroText,
  into,
  optionalText,
  requiredEuroText,
  wholeNumberText,
} from '../../components/form-schemas.ts';
import { euroInputValue, parseEuro } from '../../components/money.ts';
import { applicationsTexts } from './texts.ts';

const texts = applicationsTexts.fields;
const content = applicationContentSchema.shape;
const reach = content.reach.unwrap().shape;
const line = budgetLineSchema.shape;

export interface BudgetLineValues {
  kind: string;
  description: string;
  amount: string;
}

export interface ApplicationFormValues {
  periodStart: string;
  periodEnd: string;
  requested: string;
  budgetLines: BudgetLineValues[];
  reach: { participants: string; dayPartsPerWeek: string; weeksPerYear: string };
  returnService: string;
  texts: Record<string, string>;
  declarations: Record<string, boolean>;
}

export const applicationFormSchema = z
  .object({
    periodStart: optionalText.pipe(into(content.periodStart)),
    periodEnd: optionalText.pipe(into(content.periodEnd)),
    requested: euroText.pipe(into(content.requestedCents)),
    budgetLines: z.array(
      z
        .object({
          kind: z.string().min(1, { message: 'Kies de soort kosten.' }).pipe(line.kind),
          description: line.description,
          amount: requiredEuroText().pipe(line.cents),
        })
        .transform(({ kind, description, amount }) => ({ kind, description, cents: amount })),
    ),
    reach: z.object({
      participants: wholeNumberText(texts.participantsLabel).pipe(into(reach.participants)),
      dayPartsPerWeek: wholeNumberText(texts.dayPartsLabel).pipe(into(reach.dayPartsPerWeek)),
      weeksPerYear: wholeNumberText(texts.weeksLabel).pipe(into(reach.weeksPerYear)),
    }),
    returnService: optionalText.pipe(into(content.returnService)),
    texts: z.record(z.string(), z.string()).pipe(into(content.texts)),
    declarations: z.record(z.string(), z.boolean()).pipe(into(content.declarations)),
  })
  .transform(({ requested, ...rest }) => ({ ...rest, requestedCents: requested }))
  .pipe(into(applicationContentSchema));

const count = (value: number | null) => (value === null ? '' : String(value));

/** The form's text from stored content. */
export function toFormValues(
  stored: ApplicationContent,
  definition: SchemeDefinition,
  category: Category,
): ApplicationFormValues {
  return {
    periodStart: stored.periodStart ?? '',
    periodEnd: stored.periodEnd ?? '',
    requested: euroInputValue(stored.requestedCents),
    budgetLines: stored.budgetLines.map((l) => ({
      kind: l.kind,
      description: l.description,
      amount: euroInputValue(l.cents),
    })),
    reach: {
      participants: count(stored.reach.participants),
      dayPartsPerWeek: count(stored.reach.dayPartsPerWeek),
      weeksPerYear: count(stored.reach.weeksPerYear),
    },
    returnService: stored.returnService ?? '',
    texts: Object.fromEntries(
      judgedCriteria(definition, category).map((c) => [c.code, stored.texts[c.code] ?? '']),
    ),
    declarations: Object.fromEntries(
      definition.generalConditions.map((c) => [c.code, stored.declarations[c.code] === true]),
    ),
  };
}

/** The content to store, or `null` while a box holds something that cannot be stored. */
export function toContent(values: ApplicationFormValues): ApplicationContent | null {
  const result = applicationFormSchema.safeParse(values);
  return result.success ? result.data : null;
}

/** Cents of a box for the live totals; what is not (yet) an amount counts as nothing. */
export const centsOrZero = (text: string) => parseEuro(text) ?? 0;

const ID = 'aanvraag';

/** The element a problem or error about `path` (API content path) is shown at. */
export function fieldIdForPath(path: string): string {
  const p = path.replace(/^content\./, '');
  const budgetLine = /^budgetLines\.(\d+)\.(kind|description|cents)/.exec(p);
  if (budgetLine) {
    const part = { kind: 'soort', description: 'omschrijving', cents: 'bedrag' }[
      budgetLine[2] as 'kind' | 'description' | 'cents'
    ];
    return `${ID}-regel-${budgetLine[1]}-${part}`;
  }
  const [head = '', rest = ''] = p.split(/\.(.*)/s);
  switch (head) {
    case 'periodStart':
      return `${ID}-periode-van`;
    case 'periodEnd':
      return `${ID}-periode-tot`;
    case 'requestedCents':
      return `${ID}-gevraagd`;
    case 'budgetLines':
      return `${ID}-regel-toevoegen`;
    case 'reach':
      return `${ID}-${{ participants: 'deelnemers', dayPartsPerWeek: 'dagdelen', weeksPerYear: 'weken' }[rest as 'participants'] ?? 'deelnemers'}`;
    case 'returnService':
      return `${ID}-tegenprestatie-0`;
    case 'texts':
      return `${ID}-tekst-${rest}`;
    case 'declarations':
      return `${ID}-verklaring-${rest}`;
    case 'attachments':
      return `${ID}-bijlage-${rest}`;
    default:
      return `${ID}-periode-van`;
  }
}

/** The form field an API content path is about (`requestedCents` → `requested`). */
export function formNameForPath(path: string): string | null {
  const p = path.replace(/^content\./, '');
  if (p.startsWith('attachments')) return null;
  if (p === 'requestedCents') return 'requested';
  return p.replace(/^(budgetLines\.\d+)\.cents$/, '$1.amount');
}
