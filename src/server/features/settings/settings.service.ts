import type { z } from 'zod';
import { changeWithAudit } from '../../platform/audit.ts';
import { AppError } from '../../platform/errors.ts';
import * as repo from './settings.repository.ts';
import type { PaymentAccount, paymentAccountBodySchema } from './payment-account.schemas.ts';
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

/** The account payment runs pay from; null parts until the administrator enters them. */
export async function getPaymentAccount({
  db,
}: Pick<UseCaseContext, 'db'>): Promise<PaymentAccount> {
  const row = await repo.findMunicipality(db);
  return { iban: row?.paymentIban ?? null, bic: row?.paymentBic ?? null };
}

/** The administrator enters or changes the municipality's account, audited. */
export async function updatePaymentAccount(
  { db, actor }: UseCaseContext,
  body: z.output<typeof paymentAccountBodySchema>,
): Promise<PaymentAccount> {
  await changeWithAudit(db, actor, async (tx, audit) => {
    const row = await repo.findMunicipality(tx);
    if (!row) throw new AppError('NOT_FOUND', { message: 'Er is nog geen gemeente ingericht.' });
    await repo.updatePaymentAccount(tx, row.code, { paymentIban: body.iban, paymentBic: body.bic });
    // The municipality's own account: no personal data.
    await audit({
      action: 'settings.payment_account',
      entityType: 'municipality',
      entityId: row.code,
      before: { iban: row.paymentIban, bic: row.paymentBic },
      after: body,
    });
  });
  return getPaymentAccount({ db });
}
