/**
 * When a round is open, and what must hold before the policy officer opens it.
 */
import { CATEGORY_CODES, CATEGORY_LABELS, type Category } from './categories.ts';

export type RoundStatus = 'preparation' | 'scheduled' | 'open' | 'closed';

export const ROUND_STATUS_LABELS: Record<RoundStatus, string> = {
  preparation: 'In voorbereiding',
  scheduled: 'Gepubliceerd, nog niet open',
  open: 'Open voor aanvragen',
  closed: 'Gesloten (deadline verstreken)',
};

/** Applications must be in before the deadline: at the deadline moment itself it is too late. */
export function roundStatus(
  round: { published: boolean; opensAt: Date; deadlineAt: Date },
  now: Date,
): RoundStatus {
  if (!round.published) return 'preparation';
  if (now.getTime() < round.opensAt.getTime()) return 'scheduled';
  if (now.getTime() < round.deadlineAt.getTime()) return 'open';
  return 'closed';
}

export function isOnTime(deadlineAt: Date, submittedAt: Date): boolean {
  return submittedAt.getTime() < deadlineAt.getTime();
}

export interface ChecklistItem {
  ok: boolean;
  label: string;
}

export interface RoundForChecklist {
  periodStart: string;
  periodEnd: string;
  opensAt: Date;
  deadlineAt: Date;
  lotSeed: string;
  partialGrant: boolean;
  ceilings: Partial<Record<Category, number>>;
}

/** What the policy officer checks before opening; opening is refused while an item fails. */
export function roundChecklist(round: RoundForChecklist, now: Date): ChecklistItem[] {
  return [
    { ok: round.deadlineAt.getTime() > now.getTime(), label: 'De deadline ligt in de toekomst.' },
    {
      ok: round.opensAt.getTime() < round.deadlineAt.getTime(),
      label: 'De ronde opent vóór de deadline.',
    },
    { ok: round.periodEnd >= round.periodStart, label: 'De subsidieperiode eindigt na het begin.' },
    ...CATEGORY_CODES.map((category) => ({
      ok: (round.ceilings[category] ?? 0) > 0,
      label: `Er is een subsidieplafond voor ${CATEGORY_LABELS[category].toLowerCase()}.`,
    })),
    {
      ok: round.lotSeed.trim().length >= 4,
      label: 'De openbare tekst voor de loting is vastgelegd.',
    },
  ];
}

/** Consequences the policy officer must know before opening. */
export function roundWarnings(round: RoundForChecklist): string[] {
  return [
    'Na het openen liggen het formulier, de criteria, de subsidiabele kosten en de voorwaarden vast. Elke aanvraag bewaart de versie waarmee ze is gemaakt.',
    'Het criterium prijs wordt berekend: de aanvraag met de laagste kosten per dagdeel per deelnemer krijgt 10 punten, de andere naar verhouding minder. Een aanvraag met relatief hoge kosten kan daardoor onder de 6 scoren en wordt dan niet gehonoreerd, hoe goed ze verder ook is.',
    'Aanvragen die na de deadline binnenkomen, worden bewaard maar niet in de ronde meegenomen.',
    round.partialGrant
      ? 'Als het plafond halverwege een aanvraag bereikt wordt, krijgt die aanvraag het restant (gedeeltelijke toekenning).'
      : 'Gedeeltelijke toekenning staat uit: een aanvraag die niet meer helemaal binnen het plafond past, krijgt niets.',
    'De tekst voor de loting wordt openbaar: iedereen kan daarmee de volgorde bij gelijke scores narekenen.',
  ];
}
