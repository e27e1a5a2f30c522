/**
 * The six dimensions of Positieve Gezondheid (docs/rules/positive-health.md), each scored 0–10, in
 * our own words (not the licensed questions), with "hier wil ik over praten" per dimension.
 */
import { z } from 'zod';

export const HEALTH_DIMENSIONS = [
  'bodily_functions',
  'mental_wellbeing',
  'meaning',
  'quality_of_life',
  'participation',
  'daily_functioning',
] as const;
export type HealthDimension = (typeof HEALTH_DIMENSIONS)[number];

export const HEALTH_DIMENSION_LABELS: Record<
  HealthDimension,
  { label: string; explanation: string }
> = {
  bodily_functions: {
    label: 'Lichaamsfuncties',
    explanation: 'Hoe voelt uw lichaam: slapen, eten, bewegen, pijn?',
  },
  mental_wellbeing: {
    label: 'Mentaal welbevinden',
    explanation: 'Hoe gaat het in uw hoofd: onthouden, vrolijk zijn, omgaan met zorgen?',
  },
  meaning: {
    label: 'Zingeving',
    explanation: 'Hebt u dingen waar u zin in hebt en die u belangrijk vindt?',
  },
  quality_of_life: {
    label: 'Kwaliteit van leven',
    explanation: 'Geniet u van het leven en voelt u zich veilig?',
  },
  participation: {
    label: 'Meedoen',
    explanation: 'Hebt u contact met andere mensen en doet u mee met dingen die u wilt?',
  },
  daily_functioning: {
    label: 'Dagelijks functioneren',
    explanation: 'Lukt het om voor uzelf te zorgen en uw dag in te delen?',
  },
};

/** A mark from 0 to 10: a score of a dimension, and satisfaction. */
export const SCORES = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;
const scoreSchema = z
  .number({ message: 'Geef een cijfer van 0 tot en met 10.' })
  .int({ message: 'Een cijfer is een heel getal van 0 tot en met 10.' })
  .min(0, { message: 'Een cijfer is minstens 0.' })
  .max(10, { message: 'Een cijfer is hoogstens 10.' });

const dimensionScore = z.object(
  { score: scoreSchema, wantsToTalk: z.boolean().default(false) },
  { message: 'Geef een cijfer van 0 tot en met 10.' },
);

export const healthMeasurementSchema = z.object(
  Object.fromEntries(HEALTH_DIMENSIONS.map((d) => [d, dimensionScore])) as Record<
    HealthDimension,
    typeof dimensionScore
  >,
);
export type HealthMeasurement = z.output<typeof healthMeasurementSchema>;

/** Change per dimension between two measurements (later minus earlier). */
export function healthChange(
  earlier: HealthMeasurement,
  later: HealthMeasurement,
): Record<HealthDimension, number> {
  return Object.fromEntries(
    HEALTH_DIMENSIONS.map((d) => [d, later[d].score - earlier[d].score]),
  ) as Record<HealthDimension, number>;
}

/** The dimensions someone wants to talk about: they stand out for the coordinator. */
export function talkingPoints(measurement: HealthMeasurement): HealthDimension[] {
  return HEALTH_DIMENSIONS.filter((d) => measurement[d].wantsToTalk);
}

export const SATISFACTION_REMARK_MAX = 500;

/**
 * One questionnaire, filled in by the participant (through their personal link) or by the
 * coordinator: the six dimensions, satisfaction with the provision, and an optional remark.
 */
export const questionnaireSchema = z.object({
  health: healthMeasurementSchema,
  satisfaction: scoreSchema,
  satisfactionRemark: z
    .string({ message: 'De opmerking is tekst.' })
    .trim()
    .max(SATISFACTION_REMARK_MAX, {
      message: `De opmerking mag hoogstens ${SATISFACTION_REMARK_MAX} tekens lang zijn.`,
    })
    .nullish()
    .transform((text) => (text ? text : null)),
});
export type QuestionnaireAnswers = z.output<typeof questionnaireSchema>;

/** Who filled in a measurement. */
export const RESPONDENTS = ['participant', 'coordinator'] as const;
export type Respondent = (typeof RESPONDENTS)[number];

/** What the spider web needs of a measurement. */
export interface SpiderWebMeasurement {
  respondent: Respondent;
  /** YYYY-MM-DD */
  measuredOn: string;
  talkAbout: readonly HealthDimension[];
}

export interface SpiderWebSeries<T> {
  /** The participant's latest measurement. */
  participantNow: T | null;
  /** The participant's measurement before that: "now against earlier". */
  participantEarlier: T | null;
  /** The coordinator's latest measurement. */
  coordinatorNow: T | null;
  /** Dimensions ticked "hier wil ik over praten" in either latest measurement, in order. */
  talkAbout: HealthDimension[];
}

/**
 * The three series of a participant's spider web. Latest means the latest day measured; of
 * two measurements on the same day, the one that comes first in the list (the API lists the
 * most recently recorded first).
 */
export function spiderWebSeries<T extends SpiderWebMeasurement>(
  measurements: readonly T[],
): SpiderWebSeries<T> {
  // Array sort is stable: equal days keep the order of the list.
  const newestFirst = [...measurements].sort((a, b) => b.measuredOn.localeCompare(a.measuredOn));
  const byParticipant = newestFirst.filter((m) => m.respondent === 'participant');
  const participantNow = byParticipant[0] ?? null;
  const coordinatorNow = newestFirst.find((m) => m.respondent === 'coordinator') ?? null;
  const ticked = new Set([
    ...(participantNow?.talkAbout ?? []),
    ...(coordinatorNow?.talkAbout ?? []),
  ]);
  return {
    participantNow,
    participantEarlier: byParticipant[1] ?? null,
    coordinatorNow,
    talkAbout: HEALTH_DIMENSIONS.filter((d) => ticked.has(d)),
  };
}
