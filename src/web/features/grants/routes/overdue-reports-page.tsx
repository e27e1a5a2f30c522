import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { formatDay } from '../../../../domain/dates.ts';
import { Page } from '../../../components/page.tsx';
import { LoadError, Loading } from '../../../components/query-state.tsx';
import { Table, cell } from '../../../components/table.tsx';
import { overdueReportsQueryOptions } from '../api/grant-report-api.ts';
import { grantsTexts } from '../texts.ts';

const texts = grantsTexts.overdue;

/** The policy officer's list of accountability reports past their due day, oldest first. */
export function OverdueReportsPage() {
  const overdue = useQuery(overdueReportsQueryOptions());
  const items = overdue.data ?? [];
  return (
    <Page title={texts.title} documentTitle={texts.title}>
      <p className="utrecht-paragraph">{texts.intro}</p>
      {overdue.isPending ? <Loading /> : null}
      {overdue.isError ? (
        <LoadError error={overdue.error} onRetry={() => void overdue.refetch()} />
      ) : null}
      {overdue.isSuccess && items.length === 0 ? (
        <p className="utrecht-paragraph">{texts.empty}</p>
      ) : null}
      {items.length > 0 ? (
        <Table
          id="verantwoordingen-te-laat"
          caption={texts.caption(items.length)}
          columns={[
            texts.columns[0]!,
            texts.columns[1]!,
            texts.columns[2]!,
            texts.columns[3]!,
            { label: texts.columns[4]!, numeric: true },
            texts.columns[5]!,
          ]}
        >
          {items.map((item) => (
            <tr className="utrecht-table__row" key={item.grantId}>
              <td className={cell.data}>
                <Link
                  to="/subsidies/$grantId"
                  params={{ grantId: item.grantId }}
                  className="utrecht-link utrecht-link--html-a"
                >
                  {item.reference}
                </Link>
              </td>
              <td className={cell.data}>{item.organisationName}</td>
              <td className={cell.data}>{item.provisionName}</td>
              <td className={cell.data}>{formatDay(item.reportDueDay)}</td>
              <td className={cell.number}>{item.daysOverdue}</td>
              <td className={cell.data}>{item.draftStarted ? texts.draft : texts.noDraft}</td>
            </tr>
          ))}
        </Table>
      ) : null}
    </Page>
  );
}
