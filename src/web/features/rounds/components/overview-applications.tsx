import { Link } from '@tanstack/react-router';
import { CATEGORY_LABELS } from '../../../../domain/tender/categories.ts';
import {
  APPLICATION_STATUS_LABELS,
  type ApplicationSummary,
} from '../../../../server/features/applications/applications.schemas.ts';
import { formatMoment, isoMoment } from '../../../components/format.ts';
import { formatEuro } from '../../../components/money.ts';
import { roundsTexts } from '../texts.ts';
import { Table } from '../../../components/table.tsx';

const texts = roundsTexts.overview;

export function OverviewApplications({ applications }: { applications: ApplicationSummary[] }) {
  if (applications.length === 0) return <p className="utrecht-paragraph">{texts.empty}</p>;
  const columns = texts.listColumns;
  return (
    <Table
      caption={texts.listCaption(applications.length)}
      columns={[
        columns.reference,
        columns.organisation,
        columns.provision,
        columns.category,
        columns.status,
        { label: columns.requested, numeric: true },
        columns.submittedAt,
      ]}
    >
      {applications.map((application) => (
        <tr className="utrecht-table__row" key={application.id}>
          <th scope="row" className="utrecht-table__cell sr-nowrap">
            <Link
              to="/aanvragen/$applicationId"
              params={{ applicationId: application.id }}
              className="utrecht-link utrecht-link--html-a"
            >
              {application.reference ?? texts.noReference}
            </Link>
          </th>
          <td className="utrecht-table__cell">{application.organisationName}</td>
          <td className="utrecht-table__cell">{application.provisionName}</td>
          <td className="utrecht-table__cell">{CATEGORY_LABELS[application.category]}</td>
          <td className="utrecht-table__cell">
            <span className={`sr-badge sr-badge--${application.status}`}>
              {APPLICATION_STATUS_LABELS[application.status]}
            </span>
          </td>
          <td className="utrecht-table__cell utrecht-table__cell--numeric-data">
            {application.requestedCents === null
              ? texts.unknown
              : formatEuro(application.requestedCents)}
          </td>
          <td className="utrecht-table__cell sr-nowrap">
            {application.submittedAt ? (
              <time dateTime={isoMoment(application.submittedAt)}>
                {formatMoment(application.submittedAt)}
              </time>
            ) : (
              texts.unknown
            )}
          </td>
        </tr>
      ))}
    </Table>
  );
}
