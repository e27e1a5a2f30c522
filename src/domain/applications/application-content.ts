/**
 * What an organisation fills in when it applies. One schema serves the web form and the
 * API. A draft may be incomplete; `submissionProblems` says what is still missing before it
 * can be submitted, field by field, in Dutch.
 */
import { z } from 'zod';
import {
  PRICE_NUMERATOR_KINDS,
  budgetKindSchema,
  type Category,
  returnServiceSchema,
} from '../tender/categories.ts';
import { isValidDay } from '../dates.ts';
import {
  ATTACHMENT_KINDS,
  ATTACHMENT_LABELS,
  type AttachmentKind,
  type SchemeDefinition,
  judgedCriteria,
} from '../tender/scheme-definition.ts';

export const MAX_BUDGET_LINES = 1000;
/** € 10 million: far above any general provision, below anything that overflows. */
export const MAX_AMOUNT_CENTS = 1_000_000_000;

const centsSchema = z
  .number({ message: 'Vul een bedrag in.' })
  .int({ message: 'Een bedrag heeft hoogstens twee decimalen.' })
  .min(0, { message: 'Een bedrag kan niet negatief zijn.' })
  .max(MAX_AMOUNT_CENTS, { message: 'Dit bedrag is onwaarschijnlijk hoog.' });

const dayField = z
  .string()
  .refine(isValidDay, { message: 'Vul een bestaande datum in, bijvoorbeeld 2027-01-01.' });

const positiveCount = (max: number, label: string) =>
  z
    .number({ message: `Vul ${label} in.` })
    .int({ message: `${label[0]!.toUpperCase()}${label.slice(1)} is een heel getal.` })
    .min(1, { message: `${label[0]!.toUpperCase()}${label.slice(1)} is minstens 1.` })
    .max(max, { message: `${label[0]!.toUpperCase()}${label.slice(1)} is hoogstens ${max}.` });

export const budgetLineSchema = z.object({
  kind: budgetKindSchema,
  description: z
    .string()
    .trim()
    .max(200, { message: 'De omschrijving is hoogstens 200 tekens.' })
    .default(''),
  cents: centsSchema,
});
export type BudgetLine = z.infer<typeof budgetLineSchema>;

export const applicationContentSchema = z.object({
  periodStart: dayField.nullable().default(null),
  periodEnd: dayField.nullable().default(null),
  requestedCents: centsSchema.nullable().default(null),
  budgetLines: z
    .array(budgetLineSchema)
    .max(MAX_BUDGET_LINES, { message: `Een begroting heeft hoogstens ${MAX_BUDGET_LINES} regels.` })
    .default([]),
  reach: z
    .object({
      participants: positiveCount(100_000, 'het verwachte aantal deelnemers')
        .nullable()
        .default(null),
      dayPartsPerWeek: positiveCount(21, 'het aantal dagdelen per week').nullable().default(null),
      weeksPerYear: positiveCount(53, 'het aantal weken per jaar').nullable().default(null),
    })
    .default({ participants: null, dayPartsPerWeek: null, weeksPerYear: null }),
  returnService: returnServiceSchema.nullable().default(null),
  // Which keys and how long: checked against the round's form on every save
  // (draftContentProblems); stored drafts from before that check still load.
  texts: z.record(z.string(), z.string().max(20_000)).default({}),
  declarations: z.record(z.string(), z.boolean()).default({}),
});
export type ApplicationContent = z.output<typeof applicationContentSchema>;
export type ApplicationContentInput = z.input<typeof applicationContentSchema>;

export function emptyContent(): ApplicationContent {
  return applicationContentSchema.parse({});
}

export interface BudgetTotals {
  totalCents: number;
  eligibleCents: number;
}

export function budgetTotals(
  lines: readonly BudgetLine[],
  eligibleKinds: readonly string[],
): BudgetTotals {
  let totalCents = 0;
  let eligibleCents = 0;
  for (const line of lines) {
    totalCents += line.cents;
    if (eligibleKinds.includes(line.kind)) eligibleCents += line.cents;
  }
  return { totalCents, eligibleCents };
}

export interface Problem {
  path: string;
  message: string;
}

/**
 * Everything that must be in order before an application can be submitted. The order is
 * the order of the form, so the error summary reads top to bottom.
 */
export function submissionProblems(input: {
  content: ApplicationContent;
  category: Category;
  definition: SchemeDefinition;
  attachmentKinds: readonly AttachmentKind[];
  round: { periodStart: string; periodEnd: string };
}): Problem[] {
  const { content, category, definition, round } = input;
  const problems: Problem[] = [];
  const need = (ok: boolean, path: string, message: string) => {
    if (!ok) problems.push({ path, message });
  };

  need(content.periodStart !== null, 'periodStart', 'Vul de begindatum van de periode in.');
  need(content.periodEnd !== null, 'periodEnd', 'Vul de einddatum van de periode in.');
  if (content.periodStart && content.periodEnd) {
    need(
      content.periodEnd >= content.periodStart,
      'periodEnd',
      'De einddatum ligt vóór de begindatum.',
    );
    need(
      content.periodStart >= round.periodStart && content.periodEnd <= round.periodEnd,
      'periodStart',
      `De periode moet binnen de subsidieperiode van de ronde vallen (${round.periodStart} tot en met ${round.periodEnd}).`,
    );
  }
  need(
    content.requestedCents !== null && content.requestedCents > 0,
    'requestedCents',
    'Vul het gevraagde bedrag in.',
  );
  need(content.budgetLines.length > 0, 'budgetLines', 'Vul de begroting in: minstens één regel.');
  const { eligibleCents } = budgetTotals(
    content.budgetLines,
    definition.categories[category].eligibleKinds,
  );
  need(
    content.budgetLines.length === 0 || eligibleCents > 0,
    'budgetLines',
    'De begroting bevat geen subsidiabele kosten voor deze categorie.',
  );
  const priceKinds: readonly string[] = PRICE_NUMERATOR_KINDS[category];
  need(
    content.budgetLines.length === 0 ||
      content.budgetLines.some((line) => priceKinds.includes(line.kind) && line.cents > 0),
    'budgetLines',
    category === 'day_activities'
      ? 'De begroting moet vaste lasten of kosten voor betaalde krachten bevatten: daarmee wordt de prijs berekend.'
      : 'De begroting moet vaste lasten bevatten: daarmee wordt de prijs berekend.',
  );
  need(
    content.reach.participants !== null,
    'reach.participants',
    'Vul het verwachte aantal deelnemers in.',
  );
  need(
    content.reach.dayPartsPerWeek !== null,
    'reach.dayPartsPerWeek',
    'Vul het aantal dagdelen per week in.',
  );
  need(
    content.reach.weeksPerYear !== null,
    'reach.weeksPerYear',
    'Vul het aantal weken per jaar in.',
  );
  if (category === 'services') {
    need(
      content.returnService !== null,
      'returnService',
      'Kies of inwoners een tegenprestatie leveren of een kleine vergoeding betalen.',
    );
  }
  for (const criterion of judgedCriteria(definition, category)) {
    const text = content.texts[criterion.code]?.trim() ?? '';
    need(
      text.length > 0,
      `texts.${criterion.code}`,
      `Beschrijf: ${criterion.label.toLowerCase()}.`,
    );
    need(
      text.length <= definition.textLimit,
      `texts.${criterion.code}`,
      `De tekst bij ${criterion.label.toLowerCase()} is ${text.length} tekens; het maximum is ${definition.textLimit}.`,
    );
  }
  for (const condition of definition.generalConditions) {
    need(
      content.declarations[condition.code] === true,
      `declarations.${condition.code}`,
      `Verklaar dat de organisatie voldoet aan: ${condition.label.toLowerCase()}.`,
    );
  }
  for (const kind of ATTACHMENT_KINDS) {
    need(
      input.attachmentKinds.includes(kind),
      `attachments.${kind}`,
      `Voeg toe: ${ATTACHMENT_LABELS[kind].toLowerCase()}.`,
    );
  }
  return problems;
}

/**
 * A draft may run over a text's limit while the applicant shortens it (submission needs it
 * within the limit), up to this many times the limit (docs/rules/application-content.md).
 */
export const DRAFT_TEXT_LIMIT_FACTOR = 2;

/**
 * What a draft may not hold at all: texts and declarations the round's form does not ask
 * for, and texts far over the form's limit. Checked on every save, so a draft cannot be used
 * to store anything but the application.
 */
export function draftContentProblems(input: {
  content: ApplicationContent;
  category: Category;
  definition: SchemeDefinition;
}): Problem[] {
  const { content, category, definition } = input;
  const problems: Problem[] = [];
  const criteria = new Map(judgedCriteria(definition, category).map((c) => [c.code, c]));
  const draftLimit = definition.textLimit * DRAFT_TEXT_LIMIT_FACTOR;
  for (const [code, text] of Object.entries(content.texts)) {
    const criterion = criteria.get(code);
    if (!criterion) {
      problems.push({
        path: `texts.${code}`,
        message: 'Dit onderdeel staat niet op het formulier van deze ronde.',
      });
    } else if (text.length > draftLimit) {
      problems.push({
        path: `texts.${code}`,
        message: `De tekst bij ${criterion.label.toLowerCase()} is ${text.length} tekens; het maximum is ${definition.textLimit}. Een concept kan hoogstens ${draftLimit} tekens bewaren.`,
      });
    }
  }
  const conditions = new Set<string>(definition.generalConditions.map((c) => c.code));
  for (const code of Object.keys(content.declarations)) {
    if (!conditions.has(code)) {
      problems.push({
        path: `declarations.${code}`,
        message: 'Deze verklaring staat niet op het formulier van deze ronde.',
      });
    }
  }
  return problems;
}

/**
 * What an autosave's audit row keeps of the changed parts: sizes and counts, not the texts
 * themselves (the application keeps those; the audit trail says who changed what, when).
 */
export function contentAuditSummary(
  content: ApplicationContent,
  keys: readonly (keyof ApplicationContent)[],
  changedTextCodes: readonly string[],
): Record<string, unknown> {
  const summary: Record<string, unknown> = {};
  for (const key of keys) {
    if (key === 'texts') {
      summary.texts = Object.fromEntries(
        changedTextCodes.map((code) => [code, { characters: content.texts[code]?.length ?? 0 }]),
      );
    } else if (key === 'budgetLines') {
      summary.budgetLines = {
        lines: content.budgetLines.length,
        totalCents: budgetTotals(content.budgetLines, []).totalCents,
      };
    } else {
      summary[key] = content[key];
    }
  }
  return summary;
}
