/**
 * The objection term (Awb 6:7 and 6:8): six weeks, starting the day after the decision was
 * sent. The last day is the same weekday six weeks after the day of sending.
 */
export const OBJECTION_WEEKS = 6;

export function objectionDeadline(sentDay: string): string {
  const [y, m, d] = sentDay.split('-').map(Number) as [number, number, number];
  const end = new Date(Date.UTC(y, m - 1, d + OBJECTION_WEEKS * 7));
  return end.toISOString().slice(0, 10);
}
