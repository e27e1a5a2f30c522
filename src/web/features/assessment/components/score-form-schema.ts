/**
 * The score form: per judged criterion a score (a select, so text) and a motivation. The form
 * value becomes the API's score sheet; criteria left empty are left out (saving half a sheet is
 * allowed, submitting one is not: `completenessProblems`).
 */
import { z } from 'zod';
import {
  scoreSheetProblems,
  scoreSheetSchema,
  type ScoreEntry,
  type ScoreSheet,
} from '../../../../domain/tender/assessment.ts';
import {
  CRITERION_LABELS,
  JUDGED_CRITERIA,
  type JudgedCriterion,
} from '../../../../domain/tender/categories.ts';
import { into } from '../../../components/form-schemas.ts';

export interface ScoreFormValues {
  scores: Record<JudgedCriterion, { score: string; motivation: string }>;
}

/** The domain's limit, checked here first so the message can name the criterion. */
const MOTIVATION_LIMIT = 5000;

const entryForm = z.object({ score: z.string(), motivation: z.string() });

export const scoreFormSchema = z
  .object({ scores: z.record(z.enum(JUDGED_CRITERIA), entryForm) })
  .transform((values, ctx) => {
    const sheet: ScoreSheet = {};
    for (const criterion of JUDGED_CRITERIA) {
      const { score, motivation } = values.scores[criterion];
      if (score === '' && motivation.trim() === '') continue;
      const label = CRITERION_LABELS[criterion];
      if (motivation.trim().length > MOTIVATION_LIMIT) {
        ctx.addIssue({
          code: 'custom',
          message: `De motivering bij ${label} is hoogstens ${MOTIVATION_LIMIT} tekens.`,
          path: ['scores', criterion, 'motivation'],
        });
      }
      if (score === '') {
        ctx.addIssue({
          code: 'custom',
          message: `Geef een score van 0 tot en met 10 voor ${label}.`,
          path: ['scores', criterion, 'score'],
        });
        continue;
      }
      sheet[criterion] = { score: Number(score), motivation };
    }
    return { scores: sheet };
  })
  .pipe(into(z.object({ scores: scoreSheetSchema })));

export type ScoreFormOutput = z.output<typeof scoreFormSchema>;

/** Form values from a (partial) score sheet; `proposals` fill in what the sheet lacks. */
export function scoreFormValues(
  sheet: ScoreSheet,
  proposals: Partial<Record<JudgedCriterion, number | null>> = {},
): ScoreFormValues {
  const entry = (criterion: JudgedCriterion) => {
    const saved: ScoreEntry | undefined = sheet[criterion];
    const proposal = proposals[criterion];
    return {
      score: saved
        ? String(saved.score)
        : proposal === null || proposal === undefined
          ? ''
          : String(proposal),
      motivation: saved?.motivation ?? '',
    };
  };
  return {
    scores: Object.fromEntries(
      JUDGED_CRITERIA.map((c) => [c, entry(c)]),
    ) as ScoreFormValues['scores'],
  };
}

/** What is missing before the sheet may be submitted, with the API's paths and messages. */
export function completenessProblems(sheet: ScoreSheet) {
  return scoreSheetProblems(sheet);
}
