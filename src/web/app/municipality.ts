import { useQuery } from '@tanstack/react-query';
import type { Settings } from '../../server/features/settings/settings.schemas.ts';
import { settingsQueryOptions } from './queries.ts';
import { appTexts } from './texts.ts';

const DEMO_SUFFIX = /\s*\(demo\)\s*$/i;

/**
 * "Gemeente Maastricht": whether the configured name already says "Gemeente" or not, and
 * without a "(demo)" the name may carry (the header adds that itself).
 */
export function municipalityName(settings: Settings): string {
  const name = settings.municipalityName.replace(DEMO_SUFFIX, '').trim();
  return /^gemeente\s/i.test(name) ? name : `${appTexts.municipalityPrefix} ${name}`;
}

/** "Gemeente Maastricht (demo)" in a demonstration environment. */
export function municipalityHeaderName(settings: Settings): string {
  const name = municipalityName(settings);
  return settings.demo ? `${name} ${appTexts.demoSuffix}` : name;
}

/** The settings are loaded before the first page renders (root route), so this is never empty. */
export function useSettings(): Settings {
  const { data } = useQuery(settingsQueryOptions);
  return (
    data ?? {
      municipalityName: '',
      municipalityCode: null,
      demo: false,
      privacy: { controller: null, dataProtectionOfficer: null, dataProtectionOfficerEmail: null },
    }
  );
}
