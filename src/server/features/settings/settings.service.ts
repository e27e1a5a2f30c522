import type { Database } from '../../platform/db/database.ts';
import * as repo from './settings.repository.ts';
import type { NeighbourhoodList, Settings } from './settings.schemas.ts';

/** MUNICIPALITY_NAME overrides the name stored with the municipality's data. */
export async function getSettings(
  db: Database,
  municipalityNameOverride: string | undefined,
): Promise<Settings> {
  const row = await repo.findMunicipality(db);
  return {
    municipalityName: municipalityNameOverride ?? row?.name ?? 'Gemeente',
    municipalityCode: row?.code ?? null,
    demo: row?.isDemo ?? false,
  };
}

export async function listNeighbourhoods(db: Database): Promise<NeighbourhoodList> {
  return { districts: await repo.listDistrictsWithNeighbourhoods(db) };
}
