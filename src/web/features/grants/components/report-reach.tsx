import { DAY_PART_LABELS } from '../../../../domain/day-parts.ts';
import { formatDay } from '../../../../domain/dates.ts';
import { HEALTH_DIMENSION_LABELS } from '../../../../domain/participants/positive-health.ts';
import {
  CLIENT_ROUTE_LABELS,
  CLIENT_ROUTES,
  OUTFLOW_KINDS,
  OUTFLOW_LABELS,
} from '../../../../domain/participants/registration.ts';
import type { GrantReachView } from '../../../../server/features/grant-reports/grant-reports.schemas.ts';
import { Count, Mean, ReportTable } from '../../../components/report-table.tsx';
import { grantsTexts } from '../texts.ts';

const texts = grantsTexts.report;

/**
 * The reach of a report as the municipality sees it: pulled from the provision's
 * registration, small numbers protected. The same tables as the participant reports.
 */
export function ReportReach({ reach, id }: { reach: GrantReachView; id: string }) {
  return (
    <>
      <p className="utrecht-paragraph">
        {texts.reachPeriod(formatDay(reach.period.from), formatDay(reach.period.to))}
      </p>
      <ReportTable
        id={`${id}-deelnemers`}
        caption={texts.participantsCaption}
        columns={texts.participantsColumns}
        rows={[
          ...CLIENT_ROUTES.map((route) => ({
            key: route,
            header: CLIENT_ROUTE_LABELS[route],
            cells: [<Count key="n" value={reach.participants.byClientRoute[route]} />],
          })),
          {
            key: 'active',
            header: texts.activeTotal,
            cells: [<Count key="n" value={reach.participants.active} />],
          },
          {
            key: 'new',
            header: texts.newTotal,
            cells: [<Count key="n" value={reach.participants.new} />],
          },
        ]}
      />
      <ReportTable
        id={`${id}-aanwezigheid`}
        caption={texts.attendanceCaption}
        columns={texts.attendanceColumns}
        rows={[
          ...reach.attendance.byDayPart.map((row) => ({
            key: row.dayPart,
            header: DAY_PART_LABELS[row.dayPart],
            cells: [
              <Count key="r" value={row.registered} />,
              <Count key="a" value={row.anonymous} />,
            ],
          })),
          {
            key: 'total',
            header: texts.attendanceTotal,
            cells: [
              <Count key="r" value={reach.attendance.registered} />,
              <Count key="a" value={reach.attendance.anonymous} />,
            ],
          },
        ]}
      />
      <p className="utrecht-paragraph">
        {texts.openedDayParts}: <Count value={reach.attendance.openedDayParts} />
      </p>
      <p className="utrecht-paragraph">
        {texts.healthParticipants}: <Count value={reach.health.participants} />
      </p>
      <ReportTable
        id={`${id}-gezondheid`}
        caption={texts.healthCaption}
        columns={texts.healthColumns}
        rows={reach.health.dimensions.map((d) => ({
          key: d.dimension,
          header: HEALTH_DIMENSION_LABELS[d.dimension].label,
          cells: [
            <Mean key="f" value={d.first} suppressed={reach.health.suppressed} />,
            <Mean key="l" value={d.latest} suppressed={reach.health.suppressed} />,
            <Mean key="c" value={d.change} suppressed={reach.health.suppressed} change />,
          ],
        }))}
      />
      <ReportTable
        id={`${id}-uitstroom`}
        caption={texts.outflowCaption}
        columns={texts.outflowColumns}
        rows={[
          ...OUTFLOW_KINDS.map((kind) => ({
            key: kind,
            header: OUTFLOW_LABELS[kind],
            cells: [<Count key="n" value={reach.outflow.byKind[kind]} />],
          })),
          {
            key: 'total',
            header: texts.outflowTotal,
            cells: [<Count key="n" value={reach.outflow.total} />],
          },
        ]}
      />
    </>
  );
}
