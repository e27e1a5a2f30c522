import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { formatDay } from '../../../../domain/dates.ts';
import { Page } from '../../../components/page.tsx';
import { LoadError, Loading } from '../../../components/query-state.tsx';
import { Table, cell } from '../../../components/table.tsx';
import { objectionRegisterQueryOptions } from '../api/objections-api.ts';
import { outcomeText } from '../components/objections-section.tsx';
import { objectionsTexts } from '../texts.ts';

const texts = objectionsTexts.list;
const columns = objectionsTexts.section.columns;

/** The policy officer's register of objections. */
export function ObjectionsPage() {
  const objections = useQuery(objectionRegisterQueryOptions());
  const items = objections.data ?? [];
  return (
    <Page title={texts.title} documentTitle={texts.documentTitle}>
      <p className="utrecht-paragraph">{texts.intro}</p>
      {objections.isPending ? <Loading /> : null}
      {objections.isError ? (
        <LoadError error={objections.error} onRetry={() => void objections.refetch()} />
      ) : null}
      {objections.isSuccess && items.length === 0 ? (
        <p className="utrecht-paragraph">{texts.empty}</p>
      ) : null}
      {items.length > 0 ? (
        <Table
          id="bezwarenregister"
          caption={texts.caption(items.length)}
          columns={[
            columns.reference,
            texts.application,
            texts.organisation,
            columns.decision,
            columns.received,
            columns.deadline,
            columns.inTime,
            columns.outcome,
          ]}
        >
          {items.map((o) => (
            <tr className="utrecht-table__row" key={o.id}>
              <td className={cell.data}>{o.reference}</td>
              <td className={cell.data}>
                <Link
                  to="/aanvragen/$applicationId"
                  params={{ applicationId: o.applicationId }}
                  className="utrecht-link utrecht-link--html-a"
                >
                  {o.applicationReference}
                </Link>
              </td>
              <td className={cell.data}>{o.organisationName}</td>
              <td className={cell.data}>{o.decisionReference}</td>
              <td className={cell.data}>{formatDay(o.receivedDay)}</td>
              <td className={cell.data}>{formatDay(o.deadlineDay)}</td>
              <td className={cell.data}>{objectionsTexts.inTime(o.inTime)}</td>
              <td className={cell.data}>{outcomeText(o)}</td>
            </tr>
          ))}
        </Table>
      ) : null}
    </Page>
  );
}
