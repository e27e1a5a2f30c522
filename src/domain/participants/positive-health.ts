/**
 * The six dimensions of Positieve Gezondheid (DOMAIN.md §8), each scored 0–10, in our own
 * words (not the licensed questions), with "hier wil ik over praten" per dimension.
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

const dimensionScore = z.object({
  score: z
    .number({ message: 'Geef een cijfer van 0 tot en met 10.' })
    .int({ message: 'Een cijfer is een heel getal van 0 tot en met 10.' })
    .min(0, { message: 'Een cijfer is minstens 0.' })
    .max(10, { message: 'Een cijfer is hoogstens 10.' }),
  wantsToTalk: z.boolean().default(false),
});

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
