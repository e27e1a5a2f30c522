import type { Actor, DataScope } from '../../platform/access.ts';
import { changeWithAudit } from '../../platform/audit.ts';
import type { Database } from '../../platform/db/database.ts';
import { AppError } from '../../platform/errors.ts';
import * as repo from './organisations.repository.ts';
import type { Organisation } from './organisations.schemas.ts';

type Row = Awaited<ReturnType<typeof repo.listOrganisations>>[number];

function toOrganisation(row: Row): Organisation {
  return { ...row, createdAt: row.createdAt.toISOString() };
}

export async function listOrganisations(db: Database, scope: DataScope): Promise<Organisation[]> {
  return (await repo.listOrganisations(db, scope)).map(toOrganisation);
}

/** Another organisation's data is reported as absent (404), not as forbidden. */
export async function getOrganisation(
  db: Database,
  scope: DataScope,
  id: string,
): Promise<Organisation> {
  const row = await repo.findOrganisation(db, scope, id);
  if (!row) throw new AppError('NOT_FOUND');
  return toOrganisation(row);
}

export async function createOrganisation(
  db: Database,
  actor: Actor,
  body: { name: string; kvkNumber?: string | null | undefined; city?: string | null | undefined },
): Promise<Organisation> {
  const id = await changeWithAudit(db, actor, async (tx, audit) => {
    const created = await repo.insertOrganisation(tx, {
      name: body.name,
      kvkNumber: body.kvkNumber ?? null,
      city: body.city ?? null,
    });
    await audit({
      action: 'organisation.create',
      entityType: 'organisation',
      entityId: created.id,
      after: { name: created.name, kvkNumber: created.kvkNumber, city: created.city },
    });
    return created.id;
  });
  return getOrganisation(db, { kind: 'all' }, id);
}

export async function updateOrganisation(
  db: Database,
  actor: Actor,
  scope: DataScope,
  id: string,
  body: {
    name?: string | undefined;
    kvkNumber?: string | null | undefined;
    city?: string | null | undefined;
  },
  now: Date,
): Promise<Organisation> {
  await changeWithAudit(db, actor, async (tx, audit) => {
    const before = await repo.findOrganisation(tx, scope, id);
    if (!before) throw new AppError('NOT_FOUND');
    const changes = Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined));
    const after = await repo.updateOrganisation(tx, id, changes, now);
    await audit({
      action: 'organisation.update',
      entityType: 'organisation',
      entityId: id,
      before: { name: before.name, kvkNumber: before.kvkNumber, city: before.city },
      after: { name: after?.name, kvkNumber: after?.kvkNumber, city: after?.city },
    });
  });
  return getOrganisation(db, scope, id);
}
