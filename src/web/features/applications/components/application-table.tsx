import { Link } from '@tanstack/react-router';
import {
  APPLICATION_STATUS_LABELS,
  type ApplicationSummary,
} from '../../../../server/features/applications/applications.schemas.ts';
import { formatMoment, isoMoment } from '../../../components/format.ts';
import { applicationsTexts } from '../texts.ts';

const texts = applicationsTexts.list;

export function ApplicationTable({ applications }: { applications: ApplicationSummary[] }) {
  if (applications.length === 0) return <p className="utrecht-paragraph">{texts.empty}</p>;
  return (
    // A region that takes focus, so the table can be scrolled with the keyboard on a phone.
    <div
      className="sr-table-wrapper"
      role="region"
      aria-label={texts.caption(applications.length)}
      tabIndex={0}
    >
      <table className="utrecht-table utrecht-table--html-table sr-table">
        <caption className="utrecht-table__caption sr-table__caption">
          {texts.caption(applications.length)}
        </caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th scope="col" className="utrecht-table__header-cell">
              {texts.columns.provision}
            </th>
            <th scope="col" className="utrecht-table__header-cell">
              {texts.columns.round}
            </th>
            <th scope="col" className="utrecht-table__header-cell">
              {texts.columns.status}
            </th>
            <th scope="col" className="utrecht-table__header-cell">
              {texts.columns.reference}
            </th>
            <th scope="col" className="utrecht-table__header-cell">
              {texts.columns.updated}
            </th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
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
        </tbody>
      </table>
    </div>
  );
}
