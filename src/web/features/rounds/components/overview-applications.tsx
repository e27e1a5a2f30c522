import { Link } from '@tanstack/react-router';
import { CATEGORY_LABELS } from '../../../../domain/tender/categories.ts';
import {
  APPLICATION_STATUS_LABELS,
  type ApplicationSummary,
} from '../../../../server/features/applications/applications.schemas.ts';
import { formatMoment, isoMoment } from '../../../components/format.ts';
import { formatEuro } from '../../../components/money.ts';
import { roundsTexts } from '../texts.ts';

const texts = roundsTexts.overview;

export function OverviewApplications({ applications }: { applications: ApplicationSummary[] }) {
  if (applications.length === 0) return <p className="utrecht-paragraph">{texts.empty}</p>;
  const columns = texts.listColumns;
  return (
    <div className="sr-table-wrapper">
      <table className="utrecht-table utrecht-table--html-table sr-table">
        <caption className="utrecht-table__caption sr-table__caption">
          {texts.listCaption(applications.length)}
        </caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th scope="col" className="utrecht-table__header-cell">
              {columns.reference}
            </th>
            <th scope="col" className="utrecht-table__header-cell">
              {columns.organisation}
            </th>
            <th scope="col" className="utrecht-table__header-cell">
              {columns.provision}
            </th>
            <th scope="col" className="utrecht-table__header-cell">
              {columns.category}
            </th>
            <th scope="col" className="utrecht-table__header-cell">
              {columns.status}
            </th>
            <th
              scope="col"
              className="utrecht-table__header-cell utrecht-table__header-cell--numeric-column"
            >
              {columns.requested}
            </th>
            <th scope="col" className="utrecht-table__header-cell">
              {columns.submittedAt}
            </th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
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
        </tbody>
      </table>
    </div>
  );
}
