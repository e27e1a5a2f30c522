import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { formatDay } from '../../../../domain/dates.ts';
import { Page } from '../../../components/page.tsx';
import { LoadError, Loading } from '../../../components/query-state.tsx';
import { Table, cell } from '../../../components/table.tsx';
import { openCompletionRequestsQueryOptions } from '../api/completion-api.ts';
import { whatIsMissing } from '../components/completion-section.tsx';
import { completionTexts } from '../texts.ts';

const texts = completionTexts.list;

/** The policy officer's list of requests to complete that have not been answered. */
export function CompletionRequestsPage() {
  const requests = useQuery(openCompletionRequestsQueryOptions());
  const items = requests.data ?? [];
  return (
    <Page title={texts.title} documentTitle={texts.documentTitle}>
      <p className="utrecht-paragraph">{texts.intro}</p>
      {requests.isPending ? <Loading /> : null}
      {requests.isError ? (
        <LoadError error={requests.error} onRetry={() => void requests.refetch()} />
      ) : null}
      {requests.isSuccess && items.length === 0 ? (
        <p className="utrecht-paragraph">{texts.empty}</p>
      ) : null}
      {items.length > 0 ? (
        <Table
          id="open-aanvulverzoeken"
          caption={texts.caption(items.length)}
          columns={Object.values(texts.columns)}
        >
          {items.map((r) => (
            <tr className="utrecht-table__row" key={r.id}>
              <td className={cell.data}>
                <Link
                  to="/aanvragen/$applicationId"
                  params={{ applicationId: r.applicationId }}
                  className="utrecht-link utrecht-link--html-a"
                >
                  {r.applicationReference}
                </Link>
              </td>
              <td className={cell.data}>{r.organisationName}</td>
              <td className={cell.data}>{whatIsMissing(r)}</td>
              <td className={cell.data}>{formatDay(r.dueDay)}</td>
              <td className={cell.data}>{completionTexts.states[r.state]}</td>
            </tr>
          ))}
        </Table>
      ) : null}
    </Page>
  );
}
