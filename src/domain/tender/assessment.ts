/**
 * Rules of the assessment (docs/rules/assessment-and-ranking.md): whole-number scores 0–10 with a
 * motivation, at least two independent assessors, the chair's proposal (the mean, rounded half up),
 * the divergences the chair must look at, and the chair's verdict on the general conditions.
 */
import { z } from 'zod';
import {
  CRITERION_LABELS,
  JUDGED_CRITERIA,
  type JudgedCriterion,
  MAXIMUM_CRITERION_SCORE,
} from './categories.ts';

export const MINIMUM_ASSESSORS = 2;
/** Assessors who differ this much on a criterion are shown side by side to the chair. */
export const DIVERGENCE_POINTS = 3;

export const scoreEntrySchema = z.object({
  score: z
    .number({ message: 'Geef een score van 0 tot en met 10.' })
    .int({ message: 'Een score is een heel getal van 0 tot en met 10.' })
    .min(0, { message: 'Een score is minstens 0.' })
    .max(MAXIMUM_CRITERION_SCORE, { message: 'Een score is hoogstens 10.' }),
  motivation: z.string().trim().max(5000, { message: 'De motivering is hoogstens 5000 tekens.' }),
});
export type ScoreEntry = z.infer<typeof scoreEntrySchema>;

export const scoreSheetSchema = z.partialRecord(z.enum(JUDGED_CRITERIA), scoreEntrySchema);
export type ScoreSheet = z.infer<typeof scoreSheetSchema>;

export interface Problem {
  path: string;
  message: string;
}

/**
 * What is missing before a score sheet (an assessor's or the chair's) is complete. Each message
 * names its criterion, so a summary at the top of a form still says which one is meant.
 */
export function scoreSheetProblems(sheet: ScoreSheet, prefix = 'scores'): Problem[] {
  const problems: Problem[] = [];
  for (const criterion of JUDGED_CRITERIA) {
    const entry = sheet[criterion];
    const label = CRITERION_LABELS[criterion];
    if (!entry)
      problems.push({
        path: `${prefix}.${criterion}.score`,
        message: `Geef een score van 0 tot en met 10 voor ${label}.`,
      });
    if (!entry || entry.motivation.trim() === '') {
      problems.push({
        path: `${prefix}.${criterion}.motivation`,
        message: `Schrijf een motivering bij de score voor ${label}.`,
      });
    }
  }
  return problems;
}

/** The mean of the assessors' scores, rounded half up, computed exactly. */
export function proposedScore(scores: readonly number[]): number | null {
  if (scores.length === 0) return null;
  const sum = scores.reduce((a, b) => a + b, 0);
  return Math.floor((2 * sum + scores.length) / (2 * scores.length));
}

export function diverges(scores: readonly number[]): boolean {
  return scores.length > 1 && Math.max(...scores) - Math.min(...scores) >= DIVERGENCE_POINTS;
}

export function finalScoresComplete(
  sheet: ScoreSheet,
): sheet is Record<JudgedCriterion, ScoreEntry> {
  return scoreSheetProblems(sheet).length === 0;
}

/**
 * The chair's verdict on the general conditions of an application's frozen form: false as
 * soon as one of them is not met, true once every one is checked and met, null while some
 * are still unchecked. A check of a condition the form does not have counts for nothing.
 */
export function conditionsVerdict(
  definition: { generalConditions: readonly { code: string }[] },
  checks: readonly { conditionCode: string; met: boolean }[],
): boolean | null {
  const codes = definition.generalConditions.map((c) => c.code);
  if (checks.some((c) => codes.includes(c.conditionCode) && !c.met)) return false;
  return codes.every((code) => checks.some((c) => c.conditionCode === code && c.met)) ? true : null;
}
