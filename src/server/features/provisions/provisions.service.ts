import { dayPartsPerWeek, type OpeningDayParts } from '../../../domain/day-parts.ts';
import type { Category } from '../../../domain/tender/categories.ts';
import { changeWithAudit } from '../../platform/audit.ts';
import type { Queryable } from '../../platform/db/database.ts';
import { AppError } from '../../platform/errors.ts';
import { findOrganisation } from '../organisations/organisations.repository.ts';
import { knownFeatures } from '../../../domain/social-map/vocabulary.ts';
import { forgetCatalogue } from '../social-map/social-map.service.ts';
import * as repo from './provisions.repository.ts';
import type {
  Provision,
  provisionBodySchema,
  updateProvisionBodySchema,
} from './provisions.schemas.ts';
import type { z } from 'zod';
import type { UseCaseContext } from '../../platform/use-case.ts';

type Row = NonNullable<Awaited<ReturnType<typeof repo.findProvision>>>;

function toProvision(row: Row): Provision {
  const opening = row.openingDayParts as OpeningDayParts;
  return {
    ...row,
    category: row.category as Category,
    openingDayParts: opening,
    dayPartsPerWeek: dayPartsPerWeek(opening),
    targetGroups: row.targetGroups as string[],
    accessibilityFeatures: knownFeatures(row.accessibilityFeatures),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export async function listProvisions(
  { db, scope }: Pick<UseCaseContext, 'db' | 'scope'>,
  { organisationId }: { organisationId?: string | undefined },
) {
  return (await repo.listProvisions(db, scope, organisationId)).map(toProvision);
}

export async function getProvision(
  { db, scope }: Pick<UseCaseContext, 'db' | 'scope'>,
  { provisionId }: { provisionId: string },
): Promise<Provision> {
  const row = await repo.findProvision(db, scope, provisionId);
  if (!row) throw new AppError('NOT_FOUND');
  return toProvision(row);
}

async function assertNeighbourhood(db: Queryable, code: string | null | undefined) {
  if (code && !(await repo.neighbourhoodExists(db, code))) {
    throw new AppError('VALIDATION_FAILED', {
      fields: [{ path: 'neighbourhoodCode', message: 'Kies een buurt uit de lijst.' }],
    });
  }
}

export async function createProvision(
  { db, actor, scope }: UseCaseContext,
  body: z.output<typeof provisionBodySchema>,
): Promise<Provision> {
  const id = await changeWithAudit(db, actor, async (tx, audit) => {
    // Creating a provision for an organisation one does not belong to looks like a missing one.
    if (!(await findOrganisation(tx, scope, body.organisationId))) {
      throw new AppError('VALIDATION_FAILED', {
        fields: [{ path: 'organisationId', message: 'Kies uw eigen organisatie.' }],
      });
    }
    await assertNeighbourhood(tx, body.neighbourhoodCode);
    const id = await repo.insertProvision(tx, body);
    await audit({ action: 'provision.create', entityType: 'provision', entityId: id, after: body });
    return id;
  });
  // The public social map shows the change at once, not after its cache expires.
  forgetCatalogue(db);
  return getProvision({ db, scope }, { provisionId: id });
}

export async function updateProvision(
  { db, actor, scope, now }: UseCaseContext,
  {
    provisionId: id,
    body,
  }: { provisionId: string; body: z.output<typeof updateProvisionBodySchema> },
): Promise<Provision> {
  await changeWithAudit(db, actor, async (tx, audit) => {
    const before = await getProvision({ db: tx, scope }, { provisionId: id });
    await assertNeighbourhood(tx, body.neighbourhoodCode);
    const changes = Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined));
    await repo.updateProvision(tx, id, changes, now);
    const after = await getProvision({ db: tx, scope }, { provisionId: id });
    await audit({
      action: 'provision.update',
      entityType: 'provision',
      entityId: id,
      before,
      after,
    });
  });
  // The public social map shows the change at once, not after its cache expires.
  forgetCatalogue(db);
  return getProvision({ db, scope }, { provisionId: id });
}

/**
 * The policy officer hides a provision from the public social map (or shows it again), for
 * instance while its information is wrong; audited, and visible on the map at once.
 */
export async function setProvisionVisibility(
  { db, actor, scope }: UseCaseContext,
  { provisionId: id, hidden }: { provisionId: string; hidden: boolean },
): Promise<Provision> {
  await changeWithAudit(db, actor, async (tx, audit) => {
    const before = await getProvision({ db: tx, scope }, { provisionId: id });
    if (before.hidden === hidden) return;
    await repo.setHidden(tx, id, hidden);
    await audit({
      action: 'provision.hide',
      entityType: 'provision',
      entityId: id,
      before: { hidden: before.hidden },
      after: { hidden },
    });
  });
  forgetCatalogue(db);
  return getProvision({ db, scope }, { provisionId: id });
}
