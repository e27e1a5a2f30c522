/**
 * The round form: text boxes and date pickers hold text; the schema turns that into the API's
 * body and checks it with the API's own schema (`roundBodySchema`), so the messages are the same.
 */
import { z } from 'zod';
import { amsterdamDay } from '../../../../domain/dates.ts';
import { CATEGORY_CODES, type Category } from '../../../../domain/tender/categories.ts';
import {
  ceilingChangeBodySchema,
  ceilingsSchema,
  roundBodySchema,
  type Round,
} from '../../../../server/features/rounds/rounds.schemas.ts';
import { requiredEuroText, requiredWholeNumberText } from '../../../components/form-schemas.ts';
import { euroInputValue } from '../../../components/money.ts';
import { roundsTexts } from '../texts.ts';

const texts = roundsTexts.fields;
const shape = roundBodySchema.shape;

export type CeilingValues = Record<Category, string>;

export const ceilingsFormSchema = z.object(
  Object.fromEntries(
    CATEGORY_CODES.map((category) => [
      category,
      requiredEuroText(texts.ceilingEmpty).pipe(ceilingsSchema.shape[category]),
    ]),
  ) as Record<Category, z.ZodPipe<ReturnType<typeof requiredEuroText>, z.ZodNumber>>,
);

export const roundFormSchema = z
  .object({
    schemeId: z.string().min(1, { message: 'Kies een regeling.' }).pipe(shape.schemeId),
    name: shape.name,
    year: requiredWholeNumberText(texts.year, texts.yearEmpty).pipe(shape.year),
    periodStart: shape.periodStart,
    periodEnd: shape.periodEnd,
    opensAtLocal: shape.opensAtLocal,
    deadlineAtLocal: shape.deadlineAtLocal,
    // Optional only to fit the API schema's input type; the checkbox always gives a boolean.
    partialGrant: z.boolean().optional(),
    lotSeed: shape.lotSeed,
    ceilings: ceilingsFormSchema,
  })
  .pipe(roundBodySchema);

export interface RoundFormValues {
  schemeId: string;
  name: string;
  year: string;
  periodStart: string;
  periodEnd: string;
  opensAtLocal: string;
  deadlineAtLocal: string;
  partialGrant: boolean;
  lotSeed: string;
  ceilings: CeilingValues;
}

export const ceilingValues = (ceilings?: Record<Category, number>): CeilingValues =>
  Object.fromEntries(
    CATEGORY_CODES.map((category) => [category, euroInputValue(ceilings?.[category])]),
  ) as CeilingValues;

export function roundFormValues(round: Round | undefined, schemeId: string): RoundFormValues {
  if (round) {
    return {
      schemeId: round.schemeId,
      name: round.name,
      year: String(round.year),
      periodStart: round.periodStart,
      periodEnd: round.periodEnd,
      opensAtLocal: round.opensAtLocal,
      deadlineAtLocal: round.deadlineAtLocal,
      partialGrant: round.partialGrant,
      lotSeed: round.lotSeed,
      ceilings: ceilingValues(round.ceilings),
    };
  }
  const year = Number(amsterdamDay(new Date()).slice(0, 4)) + 1;
  return {
    schemeId,
    name: '',
    year: String(year),
    periodStart: `${year}-01-01`,
    periodEnd: `${year}-12-31`,
    opensAtLocal: '',
    deadlineAtLocal: '',
    partialGrant: true,
    lotSeed: '',
    ceilings: ceilingValues(),
  };
}

export const ceilingChangeFormSchema = z
  .object({ ceilings: ceilingsFormSchema, reason: ceilingChangeBodySchema.shape.reason })
  .pipe(ceilingChangeBodySchema);

export interface CeilingChangeValues {
  ceilings: CeilingValues;
  reason: string;
}
