import type { z } from 'zod';
import { changeWithAudit } from '../../platform/audit.ts';
import { AppError } from '../../platform/errors.ts';
import * as repo from './settings.repository.ts';
import type { NeighbourhoodList, privacySettingsBodySchema, Settings } from './settings.schemas.ts';
import type { UseCaseContext } from '../../platform/use-case.ts';

/** MUNICIPALITY_NAME overrides the name stored with the municipality's data. */
export async function getSettings(
  { db }: Pick<UseCaseContext, 'db'>,
  { municipalityNameOverride }: { municipalityNameOverride: string | undefined },
): Promise<Settings> {
  const row = await repo.findMunicipality(db);
  return {
    municipalityName: municipalityNameOverride ?? row?.name ?? 'Gemeente',
    municipalityCode: row?.code ?? null,
    demo: row?.isDemo ?? false,
    privacy: {
      controller: row?.privacyController ?? null,
      dataProtectionOfficer: row?.dataProtectionOfficer ?? null,
      dataProtectionOfficerEmail: row?.dataProtectionOfficerEmail ?? null,
    },
  };
}

/** Changes who is responsible for personal data and the officer's contact, audited. */
export async function updatePrivacySettings(
  { db, actor }: UseCaseContext,
  {
    body,
    municipalityNameOverride,
  }: {
    body: z.output<typeof privacySettingsBodySchema>;
    municipalityNameOverride: string | undefined;
  },
): Promise<Settings> {
  await changeWithAudit(db, actor, async (tx, audit) => {
    const row = await repo.findMunicipality(tx);
    if (!row) throw new AppError('NOT_FOUND', { message: 'Er is nog geen gemeente ingericht.' });
    await repo.updatePrivacy(tx, row.code, {
      privacyController: body.controller,
      dataProtectionOfficer: body.dataProtectionOfficer,
      dataProtectionOfficerEmail: body.dataProtectionOfficerEmail,
    });
    // Names of roles and a public address: no personal data of participants.
    await audit({
      action: 'settings.privacy',
      entityType: 'municipality',
      entityId: row.code,
      before: {
        controller: row.privacyController,
        dataProtectionOfficer: row.dataProtectionOfficer,
        dataProtectionOfficerEmail: row.dataProtectionOfficerEmail,
      },
      after: body,
    });
  });
  return getSettings({ db }, { municipalityNameOverride });
}

export async function listNeighbourhoods({
  db,
}: Pick<UseCaseContext, 'db'>): Promise<NeighbourhoodList> {
  return { districts: await repo.listDistrictsWithNeighbourhoods(db) };
}
