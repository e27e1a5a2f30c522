/**
 * Ranking and allocation of one category of a round: the same `rankAndAllocate` the command
 * line uses, on the final scores. Simulations change nothing; fixing stores the exact input
 * and output, immutable; a revision needs a reason and becomes a new version.
 */
import { applicationContentSchema } from '../../../domain/applications/application-content.ts';
import {
  CATEGORY_LABELS,
  type JudgedCriterion,
  type Category,
} from '../../../domain/tender/categories.ts';
import { formatAmsterdamMoment } from '../../../domain/dates.ts';
import {
  MISSING_FOR_RANKING_LABELS,
  type MissingForRanking,
  assessmentMayStart,
  missingForRanking,
} from '../../../domain/tender/round-state.ts';
import {
  type TenderApplicationInput,
  type TenderRankInput,
  type TenderRankOutput,
  rankAndAllocate,
  reachForRanking,
} from '../../../domain/tender/rank-and-allocate.ts';
import { ZeroPriceNumeratorError } from '../../../domain/tender/price-score.ts';
import { schemeDefinitionSchema } from '../../../domain/tender/scheme-definition.ts';
import type { Actor } from '../../platform/access.ts';
import { type Audit, changeWithAudit } from '../../platform/audit.ts';
import type { Config } from '../../platform/config.ts';
import type { Queryable, Tx } from '../../platform/db/database.ts';
import { renderPdf } from '../../platform/documents.ts';
import { AppError } from '../../platform/errors.ts';
import type { UseCaseContext } from '../../platform/use-case.ts';
import { conditionsVerdict } from '../assessment/assessment.service.ts';
import * as assessmentRepo from '../assessment/assessment.repository.ts';
import { getRound } from '../rounds/rounds.service.ts';
import { getSettings } from '../settings/settings.service.ts';
import { rankedListPdf, rankedListXlsx, scoresXlsx } from './ranking-export.ts';
import * as repo from './ranking.repository.ts';
import type {
  FixRankingBody,
  Ranking,
  RankingExportFormat,
  SimulationBody,
} from './ranking.schemas.ts';

export type { Ranking } from './ranking.schemas.ts';

export interface RankingOverrides {
  ceilingCents?: number | undefined;
  partialGrant?: boolean | undefined;
}

/**
 * The input of rankAndAllocate for a category, from the round's rules and the final scores.
 * Refused before the deadline and while an on-time application of the category has neither
 * final scores nor an outcome without them (docs/rules/round-states.md).
 */
export async function tenderInput(
  db: Queryable,
  roundId: string,
  category: Category,
  now: Date,
  overrides: RankingOverrides = {},
): Promise<{ input: TenderRankInput; applicationIds: Record<string, string> }> {
  const round = await repo.findRound(db, roundId);
  if (!round || !round.formDefinition) throw new AppError('NOT_FOUND');
  if (!assessmentMayStart(round.deadlineAt, now)) {
    throw new AppError('ROUND_NOT_CLOSED', {
      message: `De deadline van deze ronde (${formatAmsterdamMoment(round.deadlineAt)}) is nog niet verstreken; pas daarna kan er worden gerangschikt.`,
      details: { deadlineAt: round.deadlineAt.toISOString() },
    });
  }
  const definition = schemeDefinitionSchema.parse(round.formDefinition);
  const applications = await assessmentRepo.submittedApplications(db, roundId, category);
  const ids = applications.map((a) => a.id);
  const [checks, finals] = await Promise.all([
    assessmentRepo.conditionChecksOf(db, ids),
    assessmentRepo.finalScoresOf(db, ids),
  ]);
  const problems: { reference: string; missing: MissingForRanking }[] = [];
  const inputs: TenderApplicationInput[] = [];
  for (const a of applications) {
    const content = applicationContentSchema.parse(a.content);
    const onTime = a.status === 'submitted';
    const verdict = onTime
      ? conditionsVerdict(
          schemeDefinitionSchema.parse(a.formDefinition),
          checks.filter((c) => c.applicationId === a.id),
        )
      : true;
    const own = finals.filter((f) => f.applicationId === a.id);
    const missing = onTime
      ? missingForRanking({ conditionsMet: verdict, finalScoresFixed: own.length > 0 })
      : null;
    if (missing) problems.push({ reference: a.reference!, missing });
    inputs.push({
      reference: a.reference!,
      submittedOnTime: onTime,
      meetsGeneralConditions: verdict !== false,
      requestedCents: content.requestedCents ?? 0,
      budget: content.budgetLines.map((l) => ({ kind: l.kind, cents: l.cents })),
      reach: reachForRanking(content.reach),
      returnService: category === 'services' ? (content.returnService ?? 'fee') : undefined,
      scores:
        own.length > 0
          ? (Object.fromEntries(own.map((f) => [f.criterion, f.score])) as Record<
              JudgedCriterion,
              number
            >)
          : undefined,
    });
  }
  if (problems.length > 0) {
    throw new AppError('ASSESSMENT_INCOMPLETE', {
      message: `De rangschikking van ${CATEGORY_LABELS[category].toLowerCase()} kan nog niet worden gemaakt: ${problems.length} op tijd ingediende aanvra${problems.length === 1 ? 'ag is' : 'gen zijn'} nog niet klaar.`,
      details: { category, missing: problems },
      fields: problems.map((p) => ({
        path: p.reference,
        message: `${p.reference}: ${MISSING_FOR_RANKING_LABELS[p.missing]}.`,
      })),
    });
  }
  return {
    input: {
      category,
      ceilingCents:
        overrides.ceilingCents ?? (round.ceilings as Record<Category, number>)[category],
      seed: round.lotSeed,
      partialGrant: overrides.partialGrant ?? round.partialGrant,
      eligibleKinds: definition.categories[category].eligibleKinds,
      applications: inputs,
    },
    applicationIds: Object.fromEntries(applications.map((a) => [a.reference!, a.id])),
  };
}

/** What-if: the ranking with another ceiling or partial grant; changes nothing. */
export async function simulate(
  { db, now }: UseCaseContext,
  { roundId, category, ...overrides }: { roundId: string; category: Category } & SimulationBody,
): Promise<TenderRankOutput> {
  const { input } = await tenderInput(db, roundId, category, now, overrides);
  return rank(input);
}

/** rankAndAllocate, with an application that cannot be priced reported as not ready. */
function rank(input: TenderRankInput): TenderRankOutput {
  try {
    return rankAndAllocate(input);
  } catch (error) {
    if (error instanceof ZeroPriceNumeratorError) {
      throw new AppError('RANKING_NOT_READY', {
        message: `${error.reference}: de begroting heeft geen kosten die meetellen voor de prijs, dus er is geen prijsscore te berekenen.`,
        fields: [{ path: error.reference, message: 'Geen kosten voor de prijs.' }],
      });
    }
    throw error;
  }
}

function toRanking(row: repo.RankingRow): Ranking {
  const stored = row.input as {
    tender: Ranking['input'];
    applicationIds: Record<string, string>;
    fixedByName: string | null;
  };
  return {
    id: row.id,
    roundId: row.roundId,
    category: row.category as Category,
    version: row.version,
    reason: row.reason,
    input: stored.tender,
    output: row.output as Ranking['output'],
    applicationIds: stored.applicationIds,
    fixedByName: stored.fixedByName,
    fixedAt: row.fixedAt.toISOString(),
  };
}

/** Every version of a category's ranking, the newest first. */
export async function listRankings(
  { db }: UseCaseContext,
  { roundId, category }: { roundId: string; category: Category },
): Promise<Ranking[]> {
  return (await repo.listRankings(db, roundId, category)).map(toRanking);
}

/**
 * The ranking in force per category: the newest version. The decisions read it inside their
 * own work, so it takes the database (or transaction) they have.
 */
export async function currentRankings(db: Queryable, roundId: string): Promise<Ranking[]> {
  const all = (await repo.listRankings(db, roundId)).map(toRanking);
  return all.filter((r, i) => all.findIndex((x) => x.category === r.category) === i);
}

/** Fixes a category's ranking; once it is fixed, a revision with a reason (a new version). */
export async function fixRanking(
  { db, actor, now }: UseCaseContext,
  { roundId, category, reason }: { roundId: string; category: Category } & FixRankingBody,
): Promise<Ranking> {
  return changeWithAudit(db, actor, (tx, audit) =>
    fixRankingIn(tx, audit, actor, roundId, category, reason, now),
  );
}

/**
 * Fixing or revising inside a change that is already open (a decision on an objection), in
 * that change's transaction and audit.
 */
export async function fixRankingIn(
  tx: Tx,
  audit: Audit,
  actor: Actor,
  roundId: string,
  category: Category,
  reason: string | undefined,
  now: Date,
): Promise<Ranking> {
  // One fix at a time per round: two at once would both want the next version number.
  await repo.lockRound(tx, roundId);
  const existing = (await repo.listRankings(tx, roundId, category)).map(toRanking);
  if (existing.length > 0 && (!reason || reason.trim().length < 5)) {
    throw new AppError('RANKING_FIXED', {
      fields: [{ path: 'reason', message: 'Geef de reden van de herziening (minstens 5 tekens).' }],
    });
  }
  const { input, applicationIds } = await tenderInput(tx, roundId, category, now);
  const output = rank(input);
  const created = await repo.insertRanking(tx, {
    roundId,
    category,
    version: (existing[0]?.version ?? 0) + 1,
    reason: existing.length > 0 ? reason!.trim() : null,
    input: { tender: input, applicationIds, fixedByName: actor.email },
    output,
    fixedBy: actor.userId,
    fixedAt: now,
  });
  await audit({
    action: existing.length > 0 ? 'ranking.revise' : 'ranking.fix',
    entityType: 'round',
    entityId: roundId,
    after: {
      category,
      version: created.version,
      reason: created.reason,
      allocatedCents: output.allocatedCents,
    },
  });
  return toRanking(created);
}

/** A file to download: its bytes, media type and name. */
export interface RankingFile {
  bytes: Buffer;
  type: 'pdf' | 'xlsx';
  fileName: string;
}

/**
 * The fixed rankings of the round per category: xlsx, or pdf as an annex to the college
 * proposal. The PDF names the municipality, from the settings or else the configuration.
 */
export async function exportRankings(
  { db, actor, now }: UseCaseContext,
  { roundId, format, config }: { roundId: string; format: RankingExportFormat; config: Config },
): Promise<RankingFile> {
  const round = await getRound({ db, actor, now }, { roundId });
  const current = await currentRankings(db, round.id);
  const name = `rangschikking-${round.year}`;
  if (format === 'pdf') {
    const settings = await getSettings(
      { db },
      { municipalityNameOverride: config.MUNICIPALITY_NAME },
    );
    const bytes = await renderPdf(rankedListPdf(current, round.name, settings.municipalityName));
    return { bytes, type: 'pdf', fileName: `${name}.pdf` };
  }
  return {
    bytes: await rankedListXlsx(current, round.name),
    type: 'xlsx',
    fileName: `${name}.xlsx`,
  };
}

/** Every assessor's score per criterion of the round's applications (xlsx). */
export async function exportScores(
  { db, actor, now }: UseCaseContext,
  { roundId }: { roundId: string },
): Promise<RankingFile> {
  const round = await getRound({ db, actor, now }, { roundId });
  return {
    bytes: await scoresXlsx(db, round.id),
    type: 'xlsx',
    fileName: `scores-${round.year}.xlsx`,
  };
}
