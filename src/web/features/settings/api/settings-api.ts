import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  settingsSchema,
  type PrivacySettingsBody,
} from '../../../../server/features/settings/settings.schemas.ts';
import { request } from '../../../app/api-client.ts';
import { queryKeys } from '../../../app/queries.ts';

export function useUpdatePrivacySettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PrivacySettingsBody) =>
      request('PUT', '/api/settings/privacy', { body, schema: settingsSchema }),
    onSuccess: (settings) => queryClient.setQueryData(queryKeys.settings, settings),
  });
}
