import {
  formatAmsterdamMoment,
  fromAmsterdamLocal,
  toAmsterdamLocal,
} from '../../../domain/dates.ts';
import {
  CATEGORY_CODES,
  CATEGORY_LABELS,
  type Category,
} from '../../../domain/tender/categories.ts';
import { roundChecklist, roundStatus, roundWarnings } from '../../../domain/tender/round-rules.ts';
import { roundState } from '../../../domain/tender/round-state.ts';
import {
  type SchemeDefinition,
  schemeDefinitionSchema,
} from '../../../domain/tender/scheme-definition.ts';
import { type Actor, rolesMayPerform } from '../../platform/access.ts';
import { changeWithAudit } from '../../platform/audit.ts';
import type { Queryable } from '../../platform/db/database.ts';
import { formatEuros } from '../../platform/documents.ts';
import { AppError } from '../../platform/errors.ts';
import * as repo from './rounds.repository.ts';
import type { Ceilings, Round, RoundOverview, Scheme, roundBodySchema } from './rounds.schemas.ts';
import type { z } from 'zod';
import type { UseCaseContext, PublicUseCaseContext } from '../../platform/use-case.ts';

type Row = NonNullable<Awaited<ReturnType<typeof repo.findRound>>>;
type Progress = Awaited<ReturnType<typeof repo.roundProgress>>;

/** The state of the round in its process, derived from the clock and what is recorded. */
function stateOf(row: Row, progress: Progress, now: Date) {
  const r = row.round;
  return roundState(
    {
      published: r.publishedAt !== null,
      opensAt: r.opensAt,
      deadlineAt: r.deadlineAt,
      assessmentStarted: progress.assessmentStarted,
      categories: CATEGORY_CODES.map((category) => {
        const ranked = progress.ranked.find((x) => x.category === category);
        return {
          category,
          applications: progress.submitted.find((x) => x.category === category)?.n ?? 0,
          rankingFixed: ranked !== undefined,
          lettersIssued: ranked !== undefined && ranked.issued >= ranked.expected,
        };
      }),
    },
    now,
  );
}

async function withState(db: Queryable, row: Row, now: Date): Promise<Round> {
  const state = stateOf(row, await repo.roundProgress(db, row.round.id), now);
  return { ...toRound(row, now), phase: state.phase, categoryPhases: state.categories };
}

function toRound(row: Row, now: Date): Omit<Round, 'phase' | 'categoryPhases'> {
  const r = row.round;
  return {
    id: r.id,
    schemeId: r.schemeId,
    schemeName: row.schemeName,
    name: r.name,
    year: r.year,
    periodStart: r.periodStart,
    periodEnd: r.periodEnd,
    opensAt: r.opensAt.toISOString(),
    deadlineAt: r.deadlineAt.toISOString(),
    opensAtLocal: toAmsterdamLocal(r.opensAt),
    deadlineAtLocal: toAmsterdamLocal(r.deadlineAt),
    deadlineDisplay: formatAmsterdamMoment(r.deadlineAt),
    partialGrant: r.partialGrant,
    lotSeed: r.lotSeed,
    ceilings: r.ceilings as Ceilings,
    status: roundStatus(
      { published: r.publishedAt !== null, opensAt: r.opensAt, deadlineAt: r.deadlineAt },
      now,
    ),
    formDefinition: (r.formDefinition as SchemeDefinition | null) ?? null,
  };
}

/** Rounds in preparation are visible only to those who prepare them. */
function seesUnpublished(actor: Actor | null): boolean {
  return actor !== null && rolesMayPerform(actor.roles, 'round.update') !== 'none';
}

export async function listRounds({
  db,
  actor,
  now,
}: Pick<PublicUseCaseContext, 'db' | 'actor' | 'now'>): Promise<Round[]> {
  const rows = await repo.listRounds(db, !seesUnpublished(actor));
  const result: Round[] = [];
  for (const row of rows) result.push(await withState(db, row, now));
  return result;
}

export async function getRound(
  { db, actor, now }: Pick<PublicUseCaseContext, 'db' | 'actor' | 'now'>,
  { roundId }: { roundId: string },
): Promise<Round> {
  const row = await repo.findRound(db, roundId, !seesUnpublished(actor));
  if (!row) throw new AppError('NOT_FOUND');
  return withState(db, row, now);
}

type RoundInput = z.output<typeof roundBodySchema>;

function roundValues(body: RoundInput) {
  const opens = fromAmsterdamLocal(body.opensAtLocal);
  const deadline = fromAmsterdamLocal(body.deadlineAtLocal);
  // The schema has refused anything else already.
  if (!opens.ok || !deadline.ok) throw new AppError('VALIDATION_FAILED');
  return {
    schemeId: body.schemeId,
    name: body.name,
    year: body.year,
    periodStart: body.periodStart,
    periodEnd: body.periodEnd,
    opensAt: opens.instant,
    deadlineAt: deadline.instant,
    partialGrant: body.partialGrant,
    lotSeed: body.lotSeed,
    ceilings: body.ceilings,
  };
}

export async function createRound(
  { db, actor, now }: UseCaseContext,
  body: RoundInput,
): Promise<Round> {
  const id = await changeWithAudit(db, actor, async (tx, audit) => {
    if (!(await repo.findScheme(tx, body.schemeId))) {
      throw new AppError('VALIDATION_FAILED', {
        fields: [{ path: 'schemeId', message: 'Kies een bestaande regeling.' }],
      });
    }
    const values = roundValues(body);
    const id = await repo.insertRound(tx, values);
    await audit({ action: 'round.create', entityType: 'round', entityId: id, after: values });
    return id;
  });
  return getRound({ db, actor, now }, { roundId: id });
}

export async function updateRound(
  { db, actor, now }: UseCaseContext,
  { roundId: id, body }: { roundId: string; body: RoundInput },
): Promise<Round> {
  await changeWithAudit(db, actor, async (tx, audit) => {
    const before = await getRound({ db: tx, actor, now }, { roundId: id });
    if (before.status !== 'preparation') {
      throw new AppError('ROUND_FROZEN', {
        message:
          'Deze ronde is al geopend; alleen de plafonds kunnen nog worden gewijzigd, met een reden.',
      });
    }
    const values = roundValues(body);
    await repo.updateRound(tx, id, values, now);
    await audit({
      action: 'round.update',
      entityType: 'round',
      entityId: id,
      before,
      after: values,
    });
  });
  return getRound({ db, actor, now }, { roundId: id });
}

export async function changeCeilings(
  { db, actor, now }: UseCaseContext,
  { roundId: id, body }: { roundId: string; body: { ceilings: Ceilings; reason: string } },
): Promise<Round> {
  await changeWithAudit(db, actor, async (tx, audit) => {
    await repo.lockRound(tx, id, 'update');
    const before = await getRound({ db: tx, actor, now }, { roundId: id });
    const lowered = CATEGORY_CODES.filter(
      (category) => body.ceilings[category] < before.ceilings[category],
    );
    // Applicants applied trusting the published ceiling; lowering it afterwards would take
    // away what they could count on (docs/rules/ceilings.md). Raising is always allowed.
    if (
      lowered.length > 0 &&
      (await repo.hasOnTimeSubmission(tx, id, new Date(before.deadlineAt)))
    ) {
      throw new AppError('CEILING_LOWERING_AFTER_SUBMISSION', {
        details: { categories: lowered },
        fields: lowered.map((category) => ({
          path: `ceilings.${category}`,
          message: `Het plafond ${CATEGORY_LABELS[category]} kan niet lager worden dan ${formatEuros(before.ceilings[category])}: er zijn al aanvragen ingediend. Alleen verhogen is nog mogelijk.`,
        })),
      });
    }
    await repo.updateRound(tx, id, { ceilings: body.ceilings }, now);
    await audit({
      action: 'round.change_ceilings',
      entityType: 'round',
      entityId: id,
      before: { ceilings: before.ceilings },
      after: { ceilings: body.ceilings, reason: body.reason },
    });
  });
  return getRound({ db, actor, now }, { roundId: id });
}

function checklistFor(round: Round, now: Date) {
  const input = {
    periodStart: round.periodStart,
    periodEnd: round.periodEnd,
    opensAt: new Date(round.opensAt),
    deadlineAt: new Date(round.deadlineAt),
    lotSeed: round.lotSeed,
    partialGrant: round.partialGrant,
    ceilings: round.ceilings,
  };
  const items = roundChecklist(input, now);
  return {
    items,
    warnings: roundWarnings(input),
    canOpen: round.status === 'preparation' && items.every((i) => i.ok),
  };
}

export async function getChecklist(
  { db, actor, now }: UseCaseContext,
  { roundId }: { roundId: string },
) {
  return checklistFor(await getRound({ db, actor, now }, { roundId }), now);
}

/** Opening freezes the scheme's current definition into the round. */
export async function openRound(
  { db, actor, now }: UseCaseContext,
  { roundId: id }: { roundId: string },
): Promise<Round> {
  await changeWithAudit(db, actor, async (tx, audit) => {
    const round = await getRound({ db: tx, actor, now }, { roundId: id });
    if (round.status !== 'preparation') {
      throw new AppError('ROUND_FROZEN', { message: 'Deze ronde is al geopend.' });
    }
    const checklist = checklistFor(round, now);
    if (!checklist.canOpen) {
      throw new AppError('ROUND_NOT_READY', {
        fields: checklist.items
          .filter((i) => !i.ok)
          .map((i) => ({ path: 'checklist', message: i.label })),
      });
    }
    const scheme = (await repo.findScheme(tx, round.schemeId))!;
    const formDefinition = schemeDefinitionSchema.parse(scheme.definition);
    await repo.updateRound(tx, id, { publishedAt: now, formDefinition }, now);
    await audit({
      action: 'round.open',
      entityType: 'round',
      entityId: id,
      after: { formDefinition },
    });
  });
  return getRound({ db, actor, now }, { roundId: id });
}

export async function getOverview(
  { db, actor, now }: UseCaseContext,
  { roundId: id }: { roundId: string },
): Promise<RoundOverview> {
  const round = await getRound({ db, actor, now }, { roundId: id });
  const stats = await repo.applicationStatistics(db, id);
  const use = await repo.ceilingUse(db, id);
  const centsOf = (list: { category: string; cents: number }[], category: Category) =>
    list.find((x) => x.category === category)?.cents ?? 0;
  return {
    round,
    categories: CATEGORY_CODES.map((category) => {
      const rows = stats.filter((s) => s.category === category);
      const n = (status: string) => rows.find((r) => r.status === status)?.n ?? 0;
      const grantedCents = centsOf(use.granted, category);
      const renouncedCents = centsOf(use.renounced, category);
      return {
        phase: round.categoryPhases[category],
        grantedCents,
        renouncedCents,
        usedCents: grantedCents - renouncedCents,
        category,
        counts: {
          draft: n('draft'),
          submitted: n('submitted'),
          late: n('late'),
          withdrawn: n('withdrawn'),
          set_aside: n('set_aside'),
        },
        requestedCents: rows.find((r) => r.status === 'submitted')?.requested ?? 0,
        ceilingCents: round.ceilings[category],
      };
    }),
  };
}

function toScheme(row: NonNullable<Awaited<ReturnType<typeof repo.findScheme>>>): Scheme {
  return {
    id: row.id,
    name: row.name,
    definition: schemeDefinitionSchema.parse(row.definition),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export async function listSchemes({ db }: Pick<UseCaseContext, 'db'>): Promise<Scheme[]> {
  return (await repo.listSchemes(db)).map(toScheme);
}

export async function getScheme(
  { db }: Pick<UseCaseContext, 'db'>,
  { schemeId }: { schemeId: string },
): Promise<Scheme> {
  const row = await repo.findScheme(db, schemeId);
  if (!row) throw new AppError('NOT_FOUND');
  return toScheme(row);
}

/** Changing a scheme changes rounds still in preparation, never an opened round. */
export async function updateScheme(
  { db, actor, now }: UseCaseContext,
  {
    schemeId: id,
    body,
  }: { schemeId: string; body: { name: string; definition: SchemeDefinition } },
): Promise<Scheme> {
  await changeWithAudit(db, actor, async (tx, audit) => {
    const before = await getScheme({ db: tx }, { schemeId: id });
    await repo.updateScheme(tx, id, body, now);
    await audit({
      action: 'scheme.update',
      entityType: 'scheme',
      entityId: id,
      before,
      after: body,
    });
  });
  return getScheme({ db }, { schemeId: id });
}
