import { Link } from '@tanstack/react-router';
import {
  APPLICATION_STATUS_LABELS,
  type ApplicationSummary,
} from '../../../../server/features/applications/applications.schemas.ts';
import { formatMoment, isoMoment } from '../../../components/format.ts';
import { applicationsTexts } from '../texts.ts';
import { Table } from '../../../components/table.tsx';

const texts = applicationsTexts.list;

export function ApplicationTable({ applications }: { applications: ApplicationSummary[] }) {
  if (applications.length === 0) return <p className="utrecht-paragraph">{texts.empty}</p>;
  return (
    // A region that takes focus, so the table can be scrolled with the keyboard on a phone.
    <Table
      caption={texts.caption(applications.length)}
      columns={[
        texts.columns.provision,
        texts.columns.round,
        texts.columns.status,
        texts.columns.reference,
        texts.columns.updated,
      ]}
    >
      {applications.map((application) => (
        <tr className="utrecht-table__row" key={application.id}>
          <th scope="row" className="utrecht-table__cell">
            <Link
              to="/aanvragen/$applicationId"
              params={{ applicationId: application.id }}
              className="utrecht-link utrecht-link--html-a"
            >
              {application.provisionName}
            </Link>
          </th>
          <td className="utrecht-table__cell">{application.roundName}</td>
          <td className="utrecht-table__cell">
            <span className={`sr-badge sr-badge--${application.status}`}>
              {APPLICATION_STATUS_LABELS[application.status]}
            </span>
          </td>
          <td className="utrecht-table__cell sr-nowrap">
            {application.reference ?? texts.noReference}
          </td>
          <td className="utrecht-table__cell sr-nowrap">
            <time dateTime={isoMoment(application.updatedAt)}>
              {formatMoment(application.updatedAt)}
            </time>
          </td>
        </tr>
      ))}
    </Table>
  );
}
