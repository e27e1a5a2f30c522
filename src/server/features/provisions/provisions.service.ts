import { dayPartsPerWeek, type OpeningDayParts } from '../../../domain/day-parts.ts';
import type { Category } from '../../../domain/tender/categories.ts';
import { changeWithAudit } from '../../platform/audit.ts';
import type { Queryable } from '../../platform/db/database.ts';
import { AppError } from '../../platform/errors.ts';
import { findOrganisation } from '../organisations/organisations.repository.ts';
import { knownFeatures } from '../../../domain/social-map/vocabulary.ts';
import { forgetCatalogue } from '../social-map/social-map.service.ts';
import * as repo from './provisions.repository.ts';
import { photoPaths, resizePhoto } from './provision-photo.ts';
import type {
  Provision,
  provisionBodySchema,
  updateProvisionBodySchema,
} from './provisions.schemas.ts';
import type { z } from 'zod';
import type { UseCaseContext } from '../../platform/use-case.ts';

type Row = NonNullable<Awaited<ReturnType<typeof repo.findProvision>>>;

function toProvision({
  photoAltText,
  photoWidth,
  photoHeight,
  photoUploadedAt,
  ...row
}: Row): Provision {
  const opening = row.openingDayParts as OpeningDayParts;
  return {
    ...row,
    photo:
      photoAltText !== null && photoWidth !== null && photoHeight !== null && photoUploadedAt
        ? {
            altText: photoAltText,
            width: photoWidth,
            height: photoHeight,
            ...photoPaths(row.id, photoUploadedAt),
          }
        : null,
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
  {
    provisionId: id,
    hidden,
    reason,
  }: { provisionId: string; hidden: boolean; reason: string | null },
): Promise<Provision> {
  await changeWithAudit(db, actor, async (tx, audit) => {
    const before = await getProvision({ db: tx, scope }, { provisionId: id });
    const kept = hidden ? reason : null;
    if (before.hidden === hidden && before.hiddenReason === kept) return;
    await repo.setHidden(tx, id, hidden, kept);
    await audit({
      action: 'provision.hide',
      entityType: 'provision',
      entityId: id,
      before: { hidden: before.hidden, reason: before.hiddenReason },
      after: { hidden, reason: kept },
    });
  });
  forgetCatalogue(db);
  return getProvision({ db, scope }, { provisionId: id });
}

/**
 * The organisation sets the provision's one photo (a new one replaces the old), resized and
 * stripped of EXIF; audited without the image itself.
 */
export async function setPhoto(
  { db, actor, scope, now }: UseCaseContext,
  { provisionId: id, data, altText }: { provisionId: string; data: Buffer; altText: string },
): Promise<Provision> {
  // Reading the provision first: a stranger's upload is a 404 before any image work.
  const before = await getProvision({ db, scope }, { provisionId: id });
  const resized = await resizePhoto(data);
  await changeWithAudit(db, actor, async (tx, audit) => {
    await repo.savePhoto(tx, id, {
      ...resized,
      altText,
      uploadedBy: actor.userId,
      uploadedAt: now,
    });
    await audit({
      action: 'provision.photo',
      entityType: 'provision',
      entityId: id,
      before: { photo: before.photo && { altText: before.photo.altText } },
      after: {
        photo: {
          altText,
          width: resized.width,
          height: resized.height,
          bytes: resized.image.length,
        },
      },
    });
  });
  forgetCatalogue(db);
  return getProvision({ db, scope }, { provisionId: id });
}

export async function removePhoto(
  { db, actor, scope }: UseCaseContext,
  { provisionId: id }: { provisionId: string },
): Promise<Provision> {
  await changeWithAudit(db, actor, async (tx, audit) => {
    const before = await getProvision({ db: tx, scope }, { provisionId: id });
    if (!(await repo.deletePhoto(tx, id))) return;
    await audit({
      action: 'provision.photo',
      entityType: 'provision',
      entityId: id,
      before: { photo: before.photo && { altText: before.photo.altText } },
      after: { photo: null },
    });
  });
  forgetCatalogue(db);
  return getProvision({ db, scope }, { provisionId: id });
}
