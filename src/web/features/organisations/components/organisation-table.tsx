import { Link } from '@tanstack/react-router';
import type { Organisation } from '../../../../server/features/organisations/organisations.schemas.ts';
import { organisationsTexts } from '../texts.ts';

const texts = organisationsTexts.list;

export function OrganisationTable({ organisations }: { organisations: Organisation[] }) {
  if (organisations.length === 0) return <p className="utrecht-paragraph">{texts.empty}</p>;
  return (
    <div className="sr-table-wrapper">
      <table className="utrecht-table utrecht-table--html-table sr-table">
        <caption className="utrecht-table__caption sr-table__caption">
          {texts.caption(organisations.length)}
        </caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th scope="col" className="utrecht-table__header-cell">
              {texts.columns.name}
            </th>
            <th scope="col" className="utrecht-table__header-cell">
              {texts.columns.kvkNumber}
            </th>
            <th scope="col" className="utrecht-table__header-cell">
              {texts.columns.city}
            </th>
            <th
              scope="col"
              className="utrecht-table__header-cell utrecht-table__header-cell--numeric-column"
            >
              {texts.columns.members}
            </th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {organisations.map((organisation) => (
            <tr className="utrecht-table__row" key={organisation.id}>
              <th scope="row" className="utrecht-table__cell">
                <Link
                  to="/beheer/organisaties/$organisationId"
                  params={{ organisationId: organisation.id }}
                  className="utrecht-link utrecht-link--html-a"
                >
                  {organisation.name}
                </Link>
              </th>
              <td className="utrecht-table__cell">{organisation.kvkNumber ?? texts.unknown}</td>
              <td className="utrecht-table__cell">{organisation.city ?? texts.unknown}</td>
              <td className="utrecht-table__cell utrecht-table__cell--numeric-data">
                {organisation.memberCount}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
