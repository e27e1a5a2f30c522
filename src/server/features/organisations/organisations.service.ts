import { changeWithAudit } from '../../platform/audit.ts';
import { AppError } from '../../platform/errors.ts';
import * as repo from './organisations.repository.ts';
import type {
  Organisation,
  OrganisationBody,
  UpdateOrganisationBody,
} from './organisations.schemas.ts';
import type { UseCaseContext } from '../../platform/use-case.ts';

type Row = Awaited<ReturnType<typeof repo.listOrganisations>>[number];

function toOrganisation(row: Row): Organisation {
  return {
    ...row,
    boardMembers: row.boardMembers as Organisation['boardMembers'],
    createdAt: row.createdAt.toISOString(),
  };
}

/** What the audit trail keeps of an organisation. */
function auditView(row: Row) {
  const { memberCount: _count, createdAt: _created, ...rest } = row;
  return rest;
}

/** Only the fields the request names are changed. */
function definedFields(body: UpdateOrganisationBody): repo.OrganisationValues {
  return Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined));
}

export async function listOrganisations({
  db,
  scope,
}: Pick<UseCaseContext, 'db' | 'scope'>): Promise<Organisation[]> {
  return (await repo.listOrganisations(db, scope)).map(toOrganisation);
}

/** Another organisation's data is reported as absent (404), not as forbidden. */
export async function getOrganisation(
  { db, scope }: Pick<UseCaseContext, 'db' | 'scope'>,
  { organisationId }: { organisationId: string },
): Promise<Organisation> {
  const row = await repo.findOrganisation(db, scope, organisationId);
  if (!row) throw new AppError('NOT_FOUND');
  return toOrganisation(row);
}

export async function createOrganisation(
  { db, actor }: UseCaseContext,
  body: OrganisationBody & { name: string },
): Promise<Organisation> {
  const id = await changeWithAudit(db, actor, async (tx, audit) => {
    const created = await repo.insertOrganisation(tx, {
      ...definedFields(body as UpdateOrganisationBody),
      name: body.name,
    });
    const row = (await repo.findOrganisation(tx, { kind: 'all' }, created.id))!;
    await audit({
      action: 'organisation.create',
      entityType: 'organisation',
      entityId: created.id,
      after: auditView(row),
    });
    return created.id;
  });
  return getOrganisation({ db, scope: { kind: 'all' } }, { organisationId: id });
}

export async function updateOrganisation(
  { db, actor, scope, now }: UseCaseContext,
  { organisationId: id, body }: { organisationId: string; body: UpdateOrganisationBody },
): Promise<Organisation> {
  await changeWithAudit(db, actor, async (tx, audit) => {
    const before = await repo.findOrganisation(tx, scope, id);
    if (!before) throw new AppError('NOT_FOUND');
    await repo.updateOrganisation(tx, id, definedFields(body), now);
    const after = (await repo.findOrganisation(tx, scope, id))!;
    // Every field, the IBAN included: a changed payment account must leave a trail.
    await audit({
      action: 'organisation.update',
      entityType: 'organisation',
      entityId: id,
      before: auditView(before),
      after: auditView(after),
    });
  });
  return getOrganisation({ db, scope }, { organisationId: id });
}
