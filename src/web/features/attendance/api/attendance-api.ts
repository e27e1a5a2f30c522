import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { AttendanceWeek } from '../../../../domain/participants/attendance.ts';
import { attendanceWeekViewSchema } from '../../../../server/features/attendance/attendance.schemas.ts';
import { queryString, request } from '../../../app/api-client.ts';
import { queryKeys } from '../../../app/queries.ts';

const attendanceUrl = (provisionId: string) =>
  `/api/provisions/${encodeURIComponent(provisionId)}/attendance`;

/** The week containing `week` (any day of it), or the current week when it is undefined. */
export const attendanceWeekQueryOptions = (provisionId: string, week: string | undefined) =>
  queryOptions({
    queryKey: queryKeys.attendanceWeek(provisionId, week ?? 'current'),
    queryFn: ({ signal }) =>
      request('GET', `${attendanceUrl(provisionId)}${queryString({ week })}`, {
        schema: attendanceWeekViewSchema,
        signal,
      }),
    // A refetch while someone fills in the grid would only confuse: the grid keeps its own state.
    refetchOnWindowFocus: false,
  });

/** Saves a week; `shownAs` is the week parameter of the page that shows it. */
export function useSaveAttendance(provisionId: string, shownAs: string | undefined) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AttendanceWeek) =>
      request('PUT', attendanceUrl(provisionId), { body, schema: attendanceWeekViewSchema }),
    onSuccess: async (view) => {
      const keys = [view.weekStart, shownAs ?? 'current'];
      for (const week of keys) {
        queryClient.setQueryData(queryKeys.attendanceWeek(provisionId, week), view);
      }
      // Any other copy of this week (another day of it in the address) is read again.
      await queryClient.invalidateQueries({
        queryKey: ['provisions', provisionId, 'attendance'],
        predicate: (query) => !keys.includes(String(query.queryKey[3])),
      });
    },
  });
}
